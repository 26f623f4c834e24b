import ParleyKit
import ParleyStore

/// What a command runs with: input, output, the workspace, the clock and the session.
final class ShellContext {
  /// Where results and messages go.
  let output: TextOutput
  /// Where answers to questions come from.
  let reader: LineReader
  /// The process environment (or a test's).
  let environment: [String: String]
  /// The cases on disk.
  let book: CaseBook
  /// Colour and emphasis (a command line's `--color` changes it for that command).
  var style: Style
  /// Whether this is a single command from the command line rather than the shell.
  let isOneShot: Bool
  /// The terminal's size now (it can change while the shell runs).
  let terminalSize: () -> TerminalSize
  /// The case `open` chose, if any.
  var currentCase: String?
  /// Entries this shell session wrote, newest last, for `undo`.
  var sessionEntries: [(caseID: String, seq: Int)] = []
  /// Set by `quit` to end the loop.
  var wantsToQuit = false
  /// The entries recorded while a command runs with `--json`, to print them;
  /// nil otherwise.
  private var reportedEntries: [(caseID: String, entry: RecordedEvent)]?
  private let clock: Clock
  /// The jurisdiction profiles, loaded on first use (see ``profiles``).
  private var loadedProfiles: JurisdictionProfiles?

  init(
    output: TextOutput, reader: LineReader, environment: [String: String], book: CaseBook,
    style: Style, isOneShot: Bool, terminalSize: @escaping () -> TerminalSize = { TerminalSize() }
  ) {
    self.output = output
    self.reader = reader
    self.environment = environment
    self.book = book
    self.style = style
    self.isOneShot = isOneShot
    self.terminalSize = terminalSize
    self.clock = Clock(environment: environment)
  }

  /// The jurisdiction profiles: parley's own and the user's, loaded once per
  /// session; files that could not be used are reported as warnings, once.
  var profiles: JurisdictionProfiles {
    if let loadedProfiles { return loadedProfiles }
    let loaded = JurisdictionProfiles.load(environment: environment)
    for problem in loaded.problems {
      warn("Warning: jurisdiction profile skipped: \(problem.description)")
    }
    loadedProfiles = loaded
    return loaded
  }

  /// The current instant.
  func now() throws(ShellError) -> Timestamp { try clock.now() }

  /// Today in the user's time zone.
  func today() throws(ShellError) -> Day { try now().localDay }

  /// Writes a line to standard output.
  func say(_ text: String = "") {
    // With --json on a command that records, the entries are the output, not the words.
    guard reportedEntries == nil else { return }
    output.write(text + "\n")
  }

  /// Writes a line to standard error (a warning or a notice that is not a result).
  func warn(_ text: String) { output.writeError(text + "\n") }

  /// The case a command works on: `--case`, else the open case, else the only case.
  ///
  /// A closed case is refused, saying how to reopen it, unless the command
  /// only reads it (`allowingClosed`: show, export, reopen).
  func requireCase(_ arguments: ParsedArguments, allowingClosed: Bool = false) throws -> String {
    let id = try chooseCase(arguments)
    // A journal that cannot be read is left for the command to report as it always has.
    if !allowingClosed, let closure = try? book.closure(of: id) {
      let why = closure.reason.map { ": \($0.firstLine)" } ?? ""
      throw ShellError.invalid(
        "case \(id) is closed (since \(closure.on.short)\(why)); 'reopen --case \(id)' to work "
          + "on it again; 'show', 'export' and 'verify' read it as it is")
    }
    return id
  }

  /// The case `--case` names, else the open case, else the only case.
  private func chooseCase(_ arguments: ParsedArguments) throws -> String {
    if let query = arguments.value("case") { return try book.resolve(query) }
    if let currentCase { return currentCase }
    let ids = try book.caseIDs()
    if ids.count == 1, let only = ids.first { return only }
    if ids.isEmpty {
      throw ShellError.invalid("there are no cases yet; start one with 'new'")
    }
    let hint = isOneShot ? "add --case CASE" : "open one first ('open CASE') or add --case CASE"
    throw ShellError.usage(
      "which case? \(hint); cases: \(ids.joined(separator: ", "))", command: nil)
  }

  /// Records `events` in case `caseID`, remembering them for `undo`.
  @discardableResult
  func record(_ events: [CaseEvent], in caseID: String) throws -> [Int] {
    let at = try now()
    let seqs = try book.append(events, to: caseID, at: at)
    noteRecorded(events, seqs: seqs, in: caseID, at: at)
    return seqs
  }

  /// Notes entries just written: for `undo`, and for `--json`.
  func noteRecorded(_ events: [CaseEvent], seqs: [Int], in caseID: String, at: Timestamp) {
    sessionEntries += seqs.map { (caseID, $0) }
    reportedEntries? += zip(seqs, events).map {
      (caseID, RecordedEvent(seq: $0, recordedAt: at, event: $1))
    }
  }

  /// Follows case `id` to its new id in what this session has recorded.
  func caseRenamed(_ id: String, to newID: String) {
    sessionEntries = sessionEntries.map { ($0.caseID == id ? newID : $0.caseID, $0.seq) }
    reportedEntries = reportedEntries?.map { ($0.caseID == id ? newID : $0.caseID, $0.entry) }
  }

  /// Runs `body`, a command that records, printing the entries it recorded
  /// as JSON instead of its words.
  func reportingRecordedEntries(_ body: () throws -> Void) throws {
    reportedEntries = []
    defer { reportedEntries = nil }
    try body()
    let entries = reportedEntries ?? []
    reportedEntries = nil
    say(try JSONOutput.render(RecordedEntriesJSON(entries)))
  }
}
