/// Renders an evidence record as CSV: one row per journal entry, in journal order.
///
/// RFC 4180 through ``CSVWriter``: text cells are neutralised against formula
/// injection, amounts are plain numbers with their currency in the next
/// column, days are ISO. Voided entries are rows like any other, marked in
/// `void` with the reason in `void_reason`; an entry a correction superseded
/// names it in `superseded_by`.
enum EvidenceCSV {
  /// The columns, in order.
  static let header = [
    "seq", "recorded_at", "time_zone", "type", "title", "on", "channel", "direction", "amount",
    "currency", "summary", "full_text", "void", "void_reason", "hash", "exhibit", "superseded_by",
  ]

  /// The record's journal entries as a CSV document, with a byte-order mark
  /// first when it is `forExcel`.
  /// - Throws: ``ExportError`` if a row breaks the format (it should not).
  static func render(_ record: EvidenceRecord, forExcel: Bool = false) throws(ExportError)
    -> String
  {
    try CSVWriter.render(
      header: header,
      rows: record.entries.map { row($0, exhibit: record.exhibitNumbers[$0.seq]) },
      includesByteOrderMark: forExcel)
  }

  /// One entry as a row, with its exhibit number if it is one.
  static func row(_ entry: EvidenceEntry, exhibit: Int?) -> [CSVCell] {
    [
      .number(String(entry.seq)),
      .text(entry.recordedAt.isoUTC),
      .text(entry.recordedAt.timeZoneID),
      .text(entry.type),
      .text(entry.title),
      entry.on.map(CSVCell.date) ?? .text(""),
      .text(entry.channel ?? ""),
      .text(entry.direction ?? ""),
      entry.amount.map { .number($0.plainDecimal) } ?? .text(""),
      .text(entry.amount?.currency.code ?? ""),
      .text(entry.summary),
      .text(entry.fullText ?? ""),
      .text(entry.void == nil ? "no" : "yes"),
      .text(entry.void?.reason ?? ""),
      .text(entry.hash ?? ""),
      exhibit.map { .number(String($0)) } ?? .text(""),
      entry.supersededBy.map { .number(String($0)) } ?? .text(""),
    ]
  }
}
