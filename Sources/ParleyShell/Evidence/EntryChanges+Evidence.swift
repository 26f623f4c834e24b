import ParleyKit

extension EntryChanges.Value {
  /// The value as the evidence record writes it: an amount formatted, a day
  /// in ISO and words, a text as it is.
  var evidenceWords: String {
    switch self {
    case .money(let money): money.formatted
    case .day(let day): day.isoAndWords
    case .text(let text): text
    case .channel(let channel): channel.rawValue
    case .direction(let direction): direction == .outbound ? "to the client" : "from the client"
    }
  }
}
