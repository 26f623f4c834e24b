/// A stretch of a text, by UTF-8 offsets: a sentence, a line or a word.
public struct TextSegment: Hashable, Sendable {
  /// The UTF-8 byte offsets of the segment in the text it was cut from.
  public let utf8Offsets: Range<Int>

  /// A segment covering `utf8Offsets`.
  public init(utf8Offsets: Range<Int>) {
    self.utf8Offsets = utf8Offsets
  }

  /// The segment's text, read from the text it was cut from.
  public func text(in source: String) -> String {
    let utf8 = source.utf8
    let upper = min(utf8Offsets.upperBound, utf8.count)
    let lower = min(max(utf8Offsets.lowerBound, 0), upper)
    let start = utf8.index(utf8.startIndex, offsetBy: lower)
    let end = utf8.index(start, offsetBy: upper - lower)
    return String(decoding: utf8[start..<end], as: UTF8.self)
  }
}
