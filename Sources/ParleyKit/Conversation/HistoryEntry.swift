/// One earlier contact typed in a line while walking through a case:
/// `email 2 Nov`, `they called on 20 November`, `letter 1/11`.
public struct HistoryEntry: Hashable, Sendable {
  /// How it happened.
  public let channel: ContactChannel
  /// Who made it.
  public let direction: ContactDirection
  /// When.
  public let on: Day

  /// Reads `text` on `today`; nil when it names no channel or no past day.
  public init?(_ text: String, today: Day, order: DateOrder) {
    let lower = text.lowercased()
    let channels: [(words: [String], channel: ContactChannel)] = [
      (["email", "e-mail", "emailed"], .email),
      (["phone", "call", "called", "rang", "spoke"], .phone),
      (["letter", "posted", "wrote"], .letter),
      (["meeting", "met"], .meeting),
      (["text", "message", "whatsapp", "sms"], .message),
    ]
    guard
      let channel = channels.first(where: { entry in
        entry.words.contains { word in lower.split(separator: " ").contains { $0 == word } }
      })?.channel
    else { return nil }
    let inbound = ["they ", "client ", "from them", "he ", "she "].contains {
      lower.hasPrefix($0) || lower.contains(" \($0)")
    }
    var day: Day?
    let words = lower.split(separator: " ").map(String.init)
    // The day is the longest tail of the words that reads as a past day.
    for start in words.indices {
      let tail = words[start...].joined(separator: " ").replacingOnPrefix()
      // A date without a year is the latest one on or before today.
      if let parsed = try? DayParser.parse(
        tail, today: today, order: order, yearlessFrom: today.adding(days: -364)
      ).day, parsed <= today {
        day = parsed
        break
      }
    }
    guard let day else { return nil }
    self.channel = channel
    self.direction = inbound ? .inbound : .outbound
    self.on = day
  }
}

extension String {
  /// The text without a leading "on ".
  fileprivate func replacingOnPrefix() -> String {
    hasPrefix("on ") ? String(dropFirst(3)) : self
  }
}
