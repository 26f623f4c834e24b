import ParleyKit

/// One journal entry as the evidence record shows it: when it was recorded,
/// what it says, and whether it was later voided.
///
/// Built from any event, known or not (see ``init(_:voided:)``), so every
/// format lists every entry.
struct EvidenceEntry: Hashable, Sendable {
  /// The entry's sequence number in the journal.
  let seq: Int
  /// The SHA-256 (lowercase hex) of the entry's line in the journal, without
  /// its line break: what lets a reader holding the journal check the entry;
  /// nil when the line could not be found.
  let hash: String?
  /// When it was recorded, in UTC, with the user's time-zone id.
  let recordedAt: Timestamp
  /// The event type as the journal writes it (`contact.logged`).
  let type: String
  /// The kind of entry in plain words, for readers (`Email sent to the client`).
  let title: String
  /// Where the record shows it.
  let section: EvidenceSection
  /// The day it happened, when the event has one.
  let on: Day?
  /// How a contact was made (`email`), when it was one.
  let channel: String?
  /// `out` (to the client) or `in` (from the client), for a contact.
  let direction: String?
  /// The amount the event is about, if any.
  let amount: Money?
  /// One line on what happened: a contact's own summary, a note's first line,
  /// else the event's ``CaseEvent/evidenceLine``.
  let summary: String
  /// The event in one line, much as `show --all` lists it (``CaseEvent/evidenceLine``).
  let line: String
  /// The complete text (an email as sent, a whole note), when there is one.
  let fullText: String?
  /// Further facts, in order (a reason, a schedule, an invoice number).
  let details: [EvidenceDetail]
  /// The later entry that cancelled this one, if any; the entry stays in the record.
  let void: EvidenceVoid?
  /// The later correction that supersedes this entry (or this correction), if
  /// one does; the case reads the entry as corrected, and this stays in the record.
  let supersededBy: Int?
}
