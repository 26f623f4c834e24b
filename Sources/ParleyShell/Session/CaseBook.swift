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
    let journal = try workspace.openCase(id, now: try? clock.now())
    notices += journal.report.setAside.map(\.description)
    return try CaseState(events: journal.records.map(\.recordedEvent))
  }

  /// Opens a new case from `events` (the opening first) and returns its id.
  func create(_ events: [CaseEvent], at now: Timestamp) throws -> String {
    guard case .caseOpened(let opened) = events.first else { throw CaseError.notOpenedFirst }
    var state = try CaseState(
      events: [RecordedEvent(seq: 1, recordedAt: now, event: events[0])])
    for event in events.dropFirst() { state = try state.validatedAppending(event, at: now) }
    var journal = try workspace.createCase(opened, at: now)
    let id = journal.url.deletingPathExtension().lastPathComponent
    for event in events.dropFirst() { try journal.append(event, at: now) }
    notices += journal.report.setAside.map(\.description)
    return id
  }

  /// Appends `events` to case `id`, after checking each against the case; returns their numbers.
  func append(_ events: [CaseEvent], to id: String, at now: Timestamp) throws -> [Int] {
    var journal = try workspace.openCase(id, now: now)
    var state = try CaseState(events: journal.records.map(\.recordedEvent))
    for event in events { state = try state.validatedAppending(event, at: now) }
    var seqs: [Int] = []
    for event in events { seqs.append(try journal.append(event, at: now).seq) }
    notices += journal.report.setAside.map(\.description)
    return seqs
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
  /// This state with `event` appended, after checking it may be recorded.
  func validatedAppending(_ event: CaseEvent, at now: Timestamp) throws -> CaseState {
    try validate(event)
    return try CaseState(
      events: entries + [RecordedEvent(seq: lastSeq + 1, recordedAt: now, event: event)])
  }
}
