import Foundation
import ParleyKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The folder where parley keeps its cases: one journal per case, plus a lock.
///
/// ```
/// <root>/            0700
///   .lock            0600  the write lock (holds the writer's pid)
///   cases/           0700
///     acme-ltd.jsonl 0600  one case's journal
/// ```
///
/// The folder is `$PARLEY_HOME`, else `$XDG_DATA_HOME/parley`, else
/// `~/.local/share/parley`; see ``resolveRoot(environment:)``.
public struct Workspace: Sendable {
  /// The workspace folder.
  public let root: URL
  /// The lock around every append and case creation.
  public let lock: WorkspaceLock

  /// The folder of case journals, `<root>/cases`.
  public var casesFolder: URL {
    root.appendingPathComponent("cases", isDirectory: true)
  }

  /// Opens the workspace at `root`, creating it and `cases/` (mode 0700) if
  /// needed, and tightening them to 0700 if they are open to others.
  ///
  /// - Parameters:
  ///   - root: The workspace folder.
  ///   - lockWait: How long a write waits for another parley before giving up.
  /// - Throws: ``StoreError/permissionDenied(path:action:)`` when the folder
  ///   cannot be created or written, ``StoreError/notAFolder(path:)``.
  public init(root: URL, lockWait: Duration = .seconds(2)) throws(StoreError) {
    self.root = root.standardizedFileURL
    self.lock = WorkspaceLock(workspaceRoot: self.root, wait: lockWait)
    try FileIO.makeFolders(self.root.path)
    try FileIO.makeFolders(casesFolder.path)
    // A workspace made by hand, or by an older parley, may be open to others: close it.
    for folder in [self.root.path, casesFolder.path] {
      if let mode = FileIO.mode(folder), mode & 0o077 != 0 {
        _ = chmod(folder, FileIO.folderMode)
      }
    }
    for folder in [self.root.path, casesFolder.path] where access(folder, R_OK | W_OK | X_OK) != 0 {
      throw StoreError.permissionDenied(path: folder, action: "write to the folder")
    }
  }

  /// Opens the workspace the environment points to; see ``resolveRoot(environment:)``.
  public init(environment: [String: String], lockWait: Duration = .seconds(2)) throws(StoreError) {
    try self.init(root: Self.resolveRoot(environment: environment), lockWait: lockWait)
  }

  /// Where the workspace lives, by the environment.
  ///
  /// `$PARLEY_HOME` if set, else `$XDG_DATA_HOME/parley` if that is an
  /// absolute path, else `$HOME/.local/share/parley`. Empty values count as unset.
  /// - Throws: ``StoreError/noWorkspaceFolder`` when none of them is usable.
  public static func resolveRoot(environment: [String: String]) throws(StoreError) -> URL {
    func value(_ name: String) -> String? {
      guard let text = environment[name], !text.isEmpty else { return nil }
      return text
    }
    if let home = value("PARLEY_HOME") {
      return URL(fileURLWithPath: home, isDirectory: true)
    }
    if let data = value("XDG_DATA_HOME"), data.hasPrefix("/") {
      return URL(fileURLWithPath: data, isDirectory: true)
        .appendingPathComponent("parley", isDirectory: true)
    }
    if let home = value("HOME") {
      return URL(fileURLWithPath: home, isDirectory: true)
        .appendingPathComponent(".local/share/parley", isDirectory: true)
    }
    throw StoreError.noWorkspaceFolder
  }

  // MARK: - Cases

  /// The journal file of case `id`: `<root>/cases/<id>.jsonl`.
  public func journalURL(forCase id: String) -> URL {
    casesFolder.appendingPathComponent("\(id).jsonl", isDirectory: false)
  }

  /// The ids of all cases, sorted: the names of `cases/*.jsonl` without the extension.
  public func caseIDs() throws(StoreError) -> [String] {
    try FileIO.listFolder(casesFolder.path)
      .filter { $0.hasSuffix(".jsonl") }
      .map { String($0.dropLast(".jsonl".count)) }
      .filter(CaseSlug.isValidID)
      .sorted()
  }

  /// Every case with its client's name (read from its first line), sorted by id.
  public func cases() throws(StoreError) -> [CaseSummary] {
    try caseIDs().map { id in CaseSummary(id: id, client: client(ofCase: id)) }
  }

  /// The client named by case `id`'s first event, or nil if it cannot be read.
  private func client(ofCase id: String) -> String? {
    guard var bytes = try? FileIO.readFirstLine(journalURL(forCase: id).path),
      bytes.last == 0x0A
    else { return nil }
    bytes.removeLast()
    guard case .success(let line) = JournalLine.decode(bytes),
      case .caseOpened(let opened) = line.event
    else { return nil }
    return opened.client
  }

  /// A new, unused case id for `client`: its slug, or the slug with `-2`, `-3`, … added.
  public func newCaseID(forClient client: String) throws(StoreError) -> String {
    let base = CaseSlug.slug(client)
    let taken = Set(try FileIO.listFolder(casesFolder.path))
    var id = base
    var suffix = 1
    while taken.contains("\(id).jsonl") {
      suffix += 1
      id = "\(base)-\(suffix)"
    }
    return id
  }

  /// Opens a new case for `opened.client`: picks its id and writes its opening
  /// and `rest` (an invoice, say) as one atomic step.
  ///
  /// The id is chosen and the journal created under the workspace lock, so two
  /// shells opening a case for the same client get two different ids.
  public func createCase(
    _ opened: CaseEvent.CaseOpened, followedBy rest: [CaseEvent] = [], at timestamp: Timestamp
  ) throws(StoreError) -> Journal {
    try lock.withLock { () throws(StoreError) -> Journal in
      let id = try newCaseID(forClient: opened.client)
      return try Journal.createLocked(
        journalURL(forCase: id), first: [.caseOpened(opened)] + rest, at: timestamp, lock: lock)
    }
  }

  /// Opens the journal of case `id`; see ``Journal/open(_:lock:)``.
  public func openCase(_ id: String, now: Timestamp? = nil) throws(StoreError) -> Journal {
    try Journal.open(journalURL(forCase: id), lock: lock, now: now)
  }

  /// Verifies every case's journal, in id order.
  public func verifyAll() throws(StoreError) -> [CaseVerification] {
    try caseIDs().map { id throws(StoreError) in
      CaseVerification(caseID: id, result: try Journal.verify(journalURL(forCase: id)))
    }
  }
}
