import Foundation
import ParleyKit
import ParleyStore

/// `export`: the whole case as an evidence record, in Markdown, HTML, CSV or JSON.
enum ExportCommand: ShellCommand {
  static let spec = CommandSpec(
    name: "export", summary: "Write the whole case as a record: Markdown, HTML, CSV or JSON",
    arguments: "[FILE]", positionals: [.file],
    discussion: """
      Writes the case's evidence record: who is owed (the claimant) and the \
      client, invoices and balance; every contact in the order it happened \
      with the day, channel, direction and when it was recorded (UTC and time \
      zone), each letter or email in full as a numbered exhibit in an \
      appendix; payments, notes, cash flow, plans and their installments, \
      warnings overridden with their reasons, voided entries with theirs; and \
      whether the journal verifies, with its file name and SHA-256 and each \
      entry's line hash, so the record can be matched to the journal later. \
      That full record is for your own file. --shared writes the version to \
      give a mediator or a court: it leaves out what shows your own position \
      (your cash flow and the client's as you noted it, plan proposals, \
      private notes, warnings you went past, and corrections of those), says \
      at the top what kinds it left out and how many, and keeps every other \
      entry's number and hash so it can still be checked against the journal; \
      it is written as Markdown, HTML or JSON, not CSV. Pick one format, \
      written to FILE or, with no FILE or '-', to standard output; a FILE \
      ending in .md, .html, .csv or .json picks its format. --out FOLDER \
      writes every format there. --excel starts the CSV with a byte-order \
      mark, which Excel on Windows needs to show £ and € rather than Â£. Nothing in the case changes; a journal that \
      does not verify is exported all the same, and the record says where it \
      breaks.
      """,
    examples: [
      "export --markdown", "export --html acme-evidence.html", "export acme.csv",
      "export --case acme --out evidence/", "export --excel acme.csv",
      "export --shared --html acme-for-mediator.html",
      "export --case acme --shared --out evidence/",
    ],
    options: [
      .caseOption,
      .flag("markdown", "Markdown: headed sections, full texts in fenced blocks"),
      .flag("html", "a self-contained, printable HTML page with numbered pages"),
      .flag("csv", "CSV: one row per journal entry (full record only)"),
      .flag("json", "JSON: stable snake_case keys, amounts as decimal strings"),
      .flag("excel", "with CSV: start with a byte-order mark, so Excel shows £ and € right"),
      .flag(
        "shared", "the version for a mediator or court: your own position left out, and said so"),
      .value(
        "out", "FOLDER", "write every format into FOLDER (CASE-evidence.*, -shared.* with --shared)"
      ),
    ])

  static func run(_ arguments: ParsedArguments, in context: ShellContext) throws {
    let version: EvidenceVersion = arguments.has("shared") ? .shared : .full
    let request = try targets(arguments, version: version)
    let id = try context.requireCase(arguments, allowingClosed: true)
    let book = context.book
    let workspace = book.workspace.root
    let targets =
      request.folder.map { folder in
        version.formats.map { format in
          let name = "\(id)-evidence\(version.fileSuffix).\(format.fileExtension)"
          return (format, Optional(folderFile(folder, name)))
        }
      } ?? request.single
    for case (_, let path?) in targets { try refuseWorkspace(path, workspace: workspace) }

    let claimant = try context.sender(arguments).map(EvidenceParty.init(sender:))
    let record = try self.record(caseID: id, claimant: claimant, version: version, in: context)
    let forExcel = arguments.has("excel")
    let rendered = try targets.map { format, path in
      (try format.render(record, forExcel: forExcel), path)
    }
    if let folder = request.folder { try makeFolder(folder) }
    for (text, path) in rendered {
      if let path { try PrivateFile.write(text, to: path) } else { context.output.write(text) }
    }

    let written = rendered.compactMap(\.1)
    let verification = record.journal.verification
    if !written.isEmpty {
      let chain = verification.isIntact ? "journal intact" : "journal BROKEN"
      let what: String
      switch version {
      case .full:
        what = "the record of \(id) (\(record.entries.count) entries; \(chain))"
      case .shared:
        let leftOut = record.journalEntryCount - record.entries.count
        what =
          "the version for sharing of the record of \(id) (\(record.entries.count) of "
          + "\(record.journalEntryCount) entries; \(leftOut) left out, which show your own "
          + "position; \(chain))"
      }
      context.warn("Wrote \(what) to \(written.joined(separator: ", ")).")
    }
    if !verification.isIntact {
      context.warn(
        "The journal of \(id) does not verify: \(verification.sentence). The record says so; "
          + "keep a copy of the journal as it is and find out why before relying on it.")
    }
  }

  /// The `version` of the evidence record of case `id` as it is on disk now, naming `claimant`.
  static func record(
    caseID id: String, claimant: EvidenceParty?, version: EvidenceVersion = .full,
    in context: ShellContext
  ) throws -> EvidenceRecord {
    let url = context.book.workspace.journalURL(forCase: id)
    guard let bytes = FileManager.default.contents(atPath: url.path) else {
      throw ShellError.data(
        "could not read the journal \(url.path); check that it exists and can be read")
    }
    let verification = try Journal.verify(url)
    let state: CaseState
    do {
      state = try context.book.load(id)
    } catch StoreError.damagedJournal {
      // The record of a damaged journal is still written, from the lines that
      // can be read, and says where the journal breaks.
      state = try context.book.loadReadable(id)
    }
    let journal = EvidenceJournal(
      fileName: url.lastPathComponent, sha256: SHA256.hexHash(bytes),
      verification: EvidenceVerification(verification))
    return EvidenceRecord(
      version: version, caseID: id, claimant: claimant, state: state, journal: journal,
      lineHashes: try lineHashes(bytes, verification: verification, url: url),
      generatedAt: try context.now())
  }

  /// The SHA-256 of each journal line, by its entry number.
  private static func lineHashes(
    _ bytes: Data, verification: VerificationResult, url: URL
  ) throws -> [Int: String] {
    var hashes: [Int: String] = [:]
    guard case .intact = verification else {
      // Lines may be missing, out of order or unreadable: each readable one says its number.
      for line in try Journal.readableRecords(url) where hashes[line.seq] == nil {
        hashes[line.seq] = line.hash
      }
      return hashes
    }
    // Line N of an intact journal is entry N, so its lines need not be parsed
    // again (that would add a third of the export's time); only complete lines count.
    var start = bytes.startIndex
    var number = 1
    while let newline = bytes[start...].firstIndex(of: 0x0A) {
      hashes[number] = SHA256.hexHash(bytes[start..<newline])
      number += 1
      start = bytes.index(after: newline)
    }
    return hashes
  }

  /// What to write: every format of `version` into a folder, or one format to
  /// a file or stdout (nil).
  private static func targets(_ arguments: ParsedArguments, version: EvidenceVersion) throws
    -> (folder: String?, single: [(EvidenceFormat, String?)])
  {
    let formats = EvidenceFormat.allCases.filter { arguments.has($0.rawValue) }
    let file = arguments.positionals.first
    if let folder = arguments.value("out") {
      guard formats.isEmpty, file == nil else {
        throw ShellError.usage(
          "--out FOLDER writes every format; leave out FILE and the format options",
          command: spec.name)
      }
      guard !folder.isEmpty else {
        throw ShellError.usage("--out needs a folder", command: spec.name)
      }
      guard version.formats.contains(.csv) || !arguments.has("excel") else {
        throw ShellError.usage(
          "--shared writes no CSV, so --excel has nothing to mark; leave it out",
          command: spec.name)
      }
      return (folder, [])
    }
    guard formats.count <= 1 else {
      throw ShellError.usage(
        "one format at a time (\(formats.map { "--\($0.rawValue)" }.joined(separator: ", "))); "
          + "--out FOLDER writes every format", command: spec.name)
    }
    if file == "" { throw ShellError.usage("the FILE name is empty", command: spec.name) }
    let path = file == "-" ? nil : file
    guard let format = formats.first ?? path.flatMap(EvidenceFormat.init(fileName:)) else {
      let hint =
        path.map { "'\($0)' does not end in .md, .html, .csv or .json; " } ?? ""
      throw ShellError.usage(
        "\(hint)say which format: --markdown, --html, --csv or --json (to FILE or standard "
          + "output), or --out FOLDER for every format", command: spec.name)
    }
    guard format == .csv || !arguments.has("excel") else {
      throw ShellError.usage(
        "--excel marks a CSV for Excel; add --csv, or name a FILE ending in .csv",
        command: spec.name)
    }
    guard version.formats.contains(format) else {
      throw ShellError.usage(
        "--shared writes Markdown, HTML or JSON: a CSV has no place to say which entries were "
          + "left out, so it could pass for the whole journal; use --markdown, --html or --json",
        command: spec.name)
    }
    return (nil, [(format, path)])
  }

  private static func folderFile(_ folder: String, _ name: String) -> String {
    folder.hasSuffix("/") ? folder + name : folder + "/" + name
  }

  /// Refuses a path inside the workspace, so an export can never overwrite a journal.
  private static func refuseWorkspace(_ path: String, workspace: URL) throws {
    let root = workspace.standardizedFileURL.resolvingSymlinksInPath().path
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
      .standardizedFileURL.resolvingSymlinksInPath().path
    if folder == root || folder.hasPrefix(root + "/") {
      throw ShellError.invalid(
        "\(path) is inside parley's workspace (\(root)); write the record somewhere else, "
          + "so an export can never overwrite a journal")
    }
  }

  private static func makeFolder(_ folder: String) throws {
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
      guard isFolder.boolValue else {
        throw ShellError.invalid("\(folder) is a file, not a folder; name a folder for --out")
      }
      return
    }
    do {
      try FileManager.default.createDirectory(
        atPath: folder, withIntermediateDirectories: true,
        attributes: [.posixPermissions: 0o700])
    } catch {
      throw ShellError.invalid(
        "could not create the folder \(folder): \(error.localizedDescription); "
          + "check that you can write to where it goes")
    }
  }
}
