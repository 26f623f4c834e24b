import ParleyKit

/// What a command that records prints with `--json`: the case and the
/// entries it recorded, each with its number, so a script need not read
/// "Saved case acme-ltd." or "Recorded entry 4".
struct RecordedEntriesJSON: Encodable {
  /// One entry recorded.
  struct Entry: Encodable {
    let caseID: String
    let seq: Int
    let recordedAt: String
    let timeZone: String
    let type: String
    let description: String

    private enum CodingKeys: String, CodingKey {
      case caseID = "case_id"
      case seq, recordedAt, timeZone, type, description
    }
  }

  /// The case of the last entry recorded; null when nothing was.
  let caseID: String?
  /// The entries, in the order they were recorded; empty when nothing was.
  let entries: [Entry]

  private enum CodingKeys: String, CodingKey {
    case caseID = "case_id"
    case entries
  }

  init(_ recorded: [(caseID: String, entry: RecordedEvent)]) {
    caseID = recorded.last?.caseID
    entries = recorded.map {
      Entry(
        caseID: $0.caseID, seq: $0.entry.seq, recordedAt: $0.entry.recordedAt.isoUTC,
        timeZone: $0.entry.recordedAt.timeZoneID, type: $0.entry.event.typeName.snakeCased,
        description: $0.entry.event.displayLine)
    }
  }
}
