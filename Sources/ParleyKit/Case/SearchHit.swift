/// One line of a case's record where a search matched.
public struct SearchHit: Hashable, Sendable {
  /// The entry that holds it.
  public let seq: Int
  /// The day the entry is about (a contact's, a payment's, an invoice's
  /// issue), else the day it was recorded.
  public let day: Day
  /// Which of the entry's texts matched.
  public let field: SearchField
  /// The line of that text that matched, as written.
  public let line: String
  /// Where in `line` the match is, in characters.
  public let match: Range<Int>

  /// Creates a hit.
  public init(seq: Int, day: Day, field: SearchField, line: String, match: Range<Int>) {
    self.seq = seq
    self.day = day
    self.field = field
    self.line = line
    self.match = match
  }
}
