import ParleyKit

extension EntryChanges {
  /// The changes in words, in field order: `amount £600.00, on 12 Nov 2026`.
  var displayWords: String {
    fields.compactMap { field in value(of: field).map { "\(field.rawValue) \($0.displayWords)" } }
      .joined(separator: ", ")
  }
}

extension EntryChanges.Value {
  /// The value as `show` writes it: an amount formatted, a day short, a text quoted.
  var displayWords: String {
    switch self {
    case .money(let money): money.formatted
    case .day(let day): day.short
    case .text(let text): "“\(text.firstLine)”"
    case .channel(let channel): channel.rawValue
    case .direction(let direction):
      direction == .outbound ? "out (to the client)" : "in (from the client)"
    }
  }
}
