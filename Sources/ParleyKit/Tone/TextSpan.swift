/// Where a finding is in the checked text: UTF-8 offsets, a 1-based line and
/// column, and the words themselves.
///
/// The column counts Characters (grapheme clusters) from the start of the line,
/// so `é`, `👍🏽` and a CRLF each count once. Lines end at `\n`, `\r\n` or `\r`.
/// A span keeps offsets rather than `String.Index`, which belongs to one string;
/// ``range(in:)`` turns them back into indices of the checked text.
public struct TextSpan: Hashable, Sendable {
  /// UTF-8 byte offsets of the span in the checked text.
  public let utf8Offsets: Range<Int>
  /// The line the span starts on, from 1.
  public let line: Int
  /// The column the span starts at, from 1, in Characters.
  public let column: Int
  /// The text of the span, as written.
  public let text: String

  /// Creates a span; the checker computes these, tests may write them.
  public init(utf8Offsets: Range<Int>, line: Int, column: Int, text: String) {
    self.utf8Offsets = utf8Offsets
    self.line = line
    self.column = column
    self.text = text
  }

  /// The span as indices of `string`, which must be the text that was checked;
  /// nil when the offsets do not fall inside it.
  public func range(in string: String) -> Range<String.Index>? {
    let utf8 = string.utf8
    guard utf8Offsets.lowerBound >= 0, utf8Offsets.upperBound <= utf8.count else { return nil }
    let lower = utf8.index(utf8.startIndex, offsetBy: utf8Offsets.lowerBound)
    let upper = utf8.index(lower, offsetBy: utf8Offsets.count)
    return lower..<upper
  }
}
