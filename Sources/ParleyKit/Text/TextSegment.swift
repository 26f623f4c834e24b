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
    let bytes = Array(source.utf8)
    let upper = min(utf8Offsets.upperBound, bytes.count)
    let lower = min(utf8Offsets.lowerBound, upper)
    return String(decoding: bytes[lower..<upper], as: UTF8.self)
  }
}
