extension Lexicon {
  /// The shared vocabulary alone: enough to cut sentences, lines and words
  /// wherever no policy's patterns are matched (the models' features).
  static let base = Lexicon(patterns: [])
}

extension TokenizedText {
  /// Every sentence's span, from its first word to its closing punctuation.
  var sentenceSegments: [TextSegment] {
    sentences.map { TextSegment(utf8Offsets: $0.start..<$0.end) }
  }

  /// The sentences that are the writer's own words: all but those opening on a
  /// quoted line (`>` or below "… wrote:").
  var ownSentenceSegments: [TextSegment] {
    sentences.compactMap { sentence in
      guard sentence.firstToken < sentence.tokenEnd,
        !tokens[sentence.firstToken].flags.contains(.quotedLine)
      else { return nil }
      return TextSegment(utf8Offsets: sentence.start..<sentence.end)
    }
  }
}
