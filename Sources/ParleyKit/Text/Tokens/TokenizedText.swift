/// A draft split into tokens, lines and sentences, ready for the rules.
///
/// Built once per check by ``TextTokenizer`` in one pass over the UTF-8 bytes.
struct TokenizedText: Sendable {
  /// The draft as given.
  let string: String
  /// The words, in order.
  var tokens: [TextToken]
  /// The lines, in order.
  var lines: [TextLine]
  /// The sentences, in order.
  var sentences: [TextSentence]
  /// Runs of `!!` and `?!`, in order.
  var loudMarks: [LoudMark]
  /// The words the rules know.
  let lexicon: Lexicon

  /// The flags of token `index`'s word.
  func wordFlags(_ index: Int) -> WordFlags {
    lexicon.flags(tokens[index].id)
  }

  /// The draft's text between two UTF-8 offsets.
  func text(_ offsets: Range<Int>) -> String {
    let utf8 = string.utf8
    let lower = utf8.index(utf8.startIndex, offsetBy: offsets.lowerBound)
    let upper = utf8.index(lower, offsetBy: offsets.count)
    return String(string[lower..<upper])
  }

  /// The UTF-8 offsets from token `first` to token `last`, inclusive,
  /// widened to whole words: a span never starts inside "can't".
  func offsets(_ first: Int, _ last: Int) -> Range<Int> {
    var lower = first
    while lower > 0, tokens[lower].flags.contains(.contractionPiece),
      tokens[lower - 1].end >= tokens[lower].start
    {
      lower -= 1
    }
    var upper = last
    while upper + 1 < tokens.count, tokens[upper + 1].flags.contains(.contractionPiece),
      tokens[upper + 1].start <= tokens[upper].end
    {
      upper += 1
    }
    return tokens[lower].start..<tokens[upper].end
  }
}
