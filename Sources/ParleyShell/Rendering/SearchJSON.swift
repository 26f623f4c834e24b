import ParleyKit

/// `search --json`: every line of the record that holds the text.
struct SearchJSON: Encodable {
  /// The text searched for, as given.
  let query: String
  /// The hits, case by case (by id), in journal order.
  let hits: [SearchHitJSON]
  /// Cases that could not be read.
  let damaged: [DamagedCaseJSON]
}

/// One line that holds the text, in `search --json`.
struct SearchHitJSON: Encodable {
  let caseId: String
  /// The case's client, by their name now.
  let client: String
  /// Whether the case is closed.
  let caseClosed: Bool
  /// The entry's number.
  let seq: Int
  /// The day the entry is about, else the day it was recorded.
  let day: Day
  /// Which text matched: `client`, `invoice`, `summary`, `message`, `note`,
  /// `dispute`, `details`, `reason`, `cash_flow`, `contact`, `case_id`.
  let field: String
  /// The line that holds the text.
  let line: String
  /// The entry that voided this one, if one did.
  var voidedBy: Int?
  /// The correction that supersedes this entry, if one does.
  var supersededBy: Int?

  init(caseID: String, state: CaseState, hit: SearchHit) {
    caseId = caseID
    client = state.opened.client
    caseClosed = state.isClosed
    seq = hit.seq
    day = hit.day
    field = hit.field.rawValue
    line = hit.line
    voidedBy = state.voided.first { $0.target.seq == hit.seq }?.voidSeq
    supersededBy = state.supersedingEntry(of: hit.seq)
  }
}
