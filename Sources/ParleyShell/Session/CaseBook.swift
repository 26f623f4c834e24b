import Foundation
import ParleyKit
import ParleyStore

/// The cases on disk as the shell uses them: find, read as state, record, verify.
///
/// Every write is validated against the case's current state first, so a
/// refused entry leaves the journal byte-for-byte as it was.
final class CaseBook {
  /// The workspace folder and its journals.
  let workspace: Workspace
  private var notices: [String] = []
  private let clock: Clock
  /// The cases read or written in this session, with their folded state: read
  /// again only when the file changed under them, so a script of appends costs
  /// the same per entry whatever the case's size.
  private var opened: [String: (journal: Journal, state: CaseState)] = [:]

  /// Opens the workspace `environment` names (creating it on first use).
  init(environment: [String: String]) throws {
    workspace = try Workspace(environment: environment)
    clock = Clock(environment: environment)
  }

  /// The workspace folder, with the home folder written as `~`.
  var location: String {
    let path = workspace.root.path
    if let home = ProcessInfo.processInfo.environment["HOME"], !home.isEmpty,
      path.hasPrefix(home + "/")
    {
      return "~" + path.dropFirst(home.count)
    }
    return path
  }

  /// Every case id, sorted.
  func caseIDs() throws -> [String] { try workspace.caseIDs().sorted() }

  /// The id of the case `query` names (id, unique prefix, or client name).
  func resolve(_ query: String) throws -> String { try workspace.findCase(query).id }

  /// Reads case `id` and folds it into its current state.
  func load(_ id: String) throws -> CaseState {
    if let cached = opened[id], cached.journal.isCurrent() { return cached.state }
    return try keep(id, Self.read(id, in: workspace, now: try? clock.now())).get()
  }

  /// Every case in `ids`, read and folded, several at a time: each with its
  /// state, or the error that kept it from being read (one bad journal must
  /// not hide the others).
  func loadAll(_ ids: [String]) -> [(id: String, state: Result<CaseState, any Error>)] {
    let workspace = workspace
    let now = try? clock.now()
    let read = ids.concurrentMap { id in Self.read(id, in: workspace, now: now) }
    return zip(ids, read).map { id, result in (id, keep(id, result)) }
  }

  /// A case read from disk, with what to tell the user about it.
  private struct Read: Sendable {
    var journal: Journal
    var state: CaseState
  }

  /// Reads case `id` from `workspace` and folds it; touches no shared state,
  /// so several can run at once.
  private static func read(_ id: String, in workspace: Workspace, now: Timestamp?)
    -> Result<Read, any Error>
  {
    Result { () throws -> Read in
      var journal = try workspace.openCase(id, now: now)
      if journal.records.isEmpty {
        throw StoreError.damagedJournal(path: journal.url.path, line: 1, problem: .emptyJournal)
      }
      let state = try CaseState(events: journal.records.map(\.recordedEvent))
      // The state holds every entry; the records would be a second copy.
      journal.forgetRecords()
      return Read(journal: journal, state: state)
    }
  }

  /// Takes in what ``read(_:in:now:)`` found for case `id`: its notices, and
  /// the case kept for this session when its journal verifies.
  private func keep(_ id: String, _ result: Result<Read, any Error>) -> Result<CaseState, any Error>
  {
    result.map { read in
      notices += read.journal.report.setAside.map(\.description)
      if case .broken(let line, let problem) = read.journal.integrity {
        notices.append(Self.unverifiedWarning(id, line: line, problem: problem))
        opened[id] = nil
      } else {
        opened[id] = (read.journal, read.state)
      }
      return read.state
    }
  }

  /// Case `id` folded from every line that can be read, for the evidence
  /// record of a journal that does not open (a damaged line is skipped; the
  /// record says where the journal breaks).
  func loadReadable(_ id: String) throws -> CaseState {
    let records = try Journal.readableRecords(workspace.journalURL(forCase: id))
    return try CaseState(events: records.map(\.recordedEvent))
  }

  /// Opens a new case from `events` (the opening first) and returns its id.
  func create(_ events: [CaseEvent], at now: Timestamp) throws -> String {
    guard case .caseOpened(let opened) = events.first else { throw CaseError.notOpenedFirst }
    var state = try CaseState(
      events: [RecordedEvent(seq: 1, recordedAt: now, event: events[0])])
    for event in events.dropFirst() { try state.appendValidated(event, at: now) }
    let journal = try workspace.createCase(
      opened, followedBy: Array(events.dropFirst()), at: now)
    return journal.url.deletingPathExtension().lastPathComponent
  }

  /// Appends `events` to case `id`, after checking each against the case; returns their numbers.
  func append(_ events: [CaseEvent], to id: String, at now: Timestamp) throws -> [Int] {
    var journal: Journal
    var state: CaseState
    // Taken out of the cache, so appending to it copies nothing.
    if let cached = opened.removeValue(forKey: id), cached.journal.isCurrent() {
      (journal, state) = cached
    } else if let seqs = try appendAtHead(events, to: id, at: now) {
      return seqs
    } else {
      journal = try workspace.openCase(id, now: now)
      if case .broken(let line, let problem) = journal.integrity {
        throw StoreError.journalTampered(path: journal.url.path, line: line, problem: problem)
      }
      state = try CaseState(events: journal.records.map(\.recordedEvent))
    }
    let before = journal.records.count
    for event in events { try state.appendValidated(event, at: now) }
    let seqs = try journal.append(contentsOf: events, at: now).map(\.seq)
    notices += journal.report.setAside.map(\.description)
    // Another parley appended meanwhile: fold what is really there.
    if journal.records.count != before + events.count {
      state = try CaseState(events: journal.records.map(\.recordedEvent))
    }
    journal.forgetRecords()
    opened[id] = (journal, state)
    return seqs
  }

  /// Appends `events` to case `id` without reading the case, when none of
  /// them depends on its history and the journal is unchanged since parley
  /// last verified or wrote it; nil, writing nothing, when that cannot be done.
  private func appendAtHead(_ events: [CaseEvent], to id: String, at now: Timestamp) throws
    -> [Int]?
  {
    for event in events where try !CaseState.validateWithoutHistory(event) { return nil }
    guard var journal = Journal.openAtHead(workspace.journalURL(forCase: id), lock: workspace.lock),
      let last = journal.lastEvent()
    else { return nil }
    // A closed case's journal ends with its closing: read it, for the refusal.
    if case .caseClosed = last { return nil }
    let seqs = try journal.append(contentsOf: events, at: now).map(\.seq)
    notices += journal.report.setAside.map(\.description)
    return seqs
  }

  /// How case `id` was closed, while it is closed; nil while it is open.
  ///
  /// From the case as read in this session, else from the last line of a
  /// journal parley can append to without reading it (a closed case's
  /// journal ends with its closing: nothing else may follow it), else by
  /// reading the case.
  func closure(of id: String) throws -> CaseClosure? {
    if let cached = opened[id], cached.journal.isCurrent() { return cached.state.closure }
    if let journal = Journal.openAtHead(workspace.journalURL(forCase: id), lock: workspace.lock),
      let last = journal.lastEvent()
    {
      guard case .caseClosed(let closed) = last else { return nil }
      return CaseClosure(seq: journal.lastSeq, on: closed.on, reason: closed.reason)
    }
    return try load(id).closure
  }

  /// Gives case `id` the id `newID`: records the change in its journal, then
  /// renames the journal and its seal; returns the entry's number.
  func rename(_ id: String, to newID: String, at now: Timestamp) throws -> Int {
    var state = try load(id)
    let event = CaseEvent.caseRenamed(.init(from: id, to: newID))
    try state.appendValidated(event, at: now)
    var journal = try workspace.openCase(id, now: now)
    if case .broken(let line, let problem) = journal.integrity {
      throw StoreError.journalTampered(path: journal.url.path, line: line, problem: problem)
    }
    opened[id] = nil
    let added = try workspace.renameCase(&journal, to: newID, recording: event, at: now)
    notices += journal.report.setAside.map(\.description)
    return added.seq
  }

  /// The warning shown with anything read from a journal that fails verification.
  static func unverifiedWarning(_ id: String, line: Int, problem: JournalError) -> String {
    "warning: the journal of \(id) does not verify (line \(line): \(problem)); what is shown"
      + " may not be what was recorded, and nothing more will be added to it; see"
      + " 'verify --case \(id)'"
  }

  /// Accepts case `id`'s journal as it now stands when only its end fails
  /// (`problem` says how), and records that with a note; returns the line it
  /// is sealed at and the note's number.
  func reseal(_ id: String, problem: String, at now: Timestamp) throws -> (line: Int, seq: Int) {
    var journal = try workspace.openCase(id, now: now)
    let previous = try journal.resealAsItStands(at: now)
    let line = journal.records.count
    let before =
      switch previous {
      case .sealed(let seal):
        "the seal vouched for line \(seal.seq) (SHA-256 \(seal.hash))"
      case .missing: "there was no seal"
      case .unreadable, .notChecked: "the seal could not be read"
      }
    let note = CaseEvent.note(
      .init(
        text: "Journal resealed at line \(line), as it stood, accepted by the user. It had "
          + "failed verification at \(problem); \(before)."))
    var events = [note]
    // A closed case's journal must end with its closing: it is said again after the note.
    if let closure = try? CaseState(events: journal.records.map(\.recordedEvent)).closure {
      events.append(.caseClosed(.init(on: closure.on, reason: closure.reason)))
    }
    let seq = try journal.append(contentsOf: events, at: now)[0].seq
    return (line, seq)
  }

  /// Checks case `id`'s hash chain.
  func verify(_ id: String) throws -> VerificationReport {
    VerificationReport(caseID: id, result: try Journal.verify(workspace.journalURL(forCase: id)))
  }

  /// Notices gathered since the last call (a torn line set aside), to show the user.
  func drainNotices() -> [String] {
    defer { notices = [] }
    return notices
  }
}

extension JournalRecord {
  /// The record as the domain sees it.
  var recordedEvent: RecordedEvent {
    RecordedEvent(seq: seq, recordedAt: timestamp, event: event)
  }
}

extension CaseState {
  /// Appends `event` in place, after checking it may be recorded; unchanged if it may not.
  mutating func appendValidated(_ event: CaseEvent, at now: Timestamp) throws {
    try validate(event)
    try append(RecordedEvent(seq: lastSeq + 1, recordedAt: now, event: event))
  }
}
