extension ReplyPattern {
  /// Words that negate: inside a gap, or just before a match.
  static let negators: Set<String> = [
    "not", "never", "no", "nobody", "nothing", "neither", "nor", "without", "hardly",
  ]

  /// Matches the pattern at `start` within one sentence.
  ///
  /// Gaps take as few words as they can. Runs in time bounded by the pattern's
  /// length and gap sizes, never by the text's length.
  /// - Returns: The index just past the match and whether a gap held a negation,
  ///   or nil when the pattern does not match there.
  func match(_ tokens: [ReplyToken], at start: Int) -> (end: Int, isNegatedInside: Bool)? {
    guard start < tokens.count else { return nil }
    if let notAfter, start > 0, tokens[start - 1].sentence == tokens[start].sentence,
      notAfter.matches(tokens[start - 1])
    {
      return nil
    }
    return match(tokens, element: 0, at: start, sentence: tokens[start].sentence, negated: false)
  }

  /// Matches `elements[element...]` from `position`.
  private func match(
    _ tokens: [ReplyToken], element: Int, at position: Int, sentence: Int, negated: Bool
  ) -> (end: Int, isNegatedInside: Bool)? {
    guard element < elements.count else { return (position, negated) }
    switch elements[element] {
    case .word(let set, let isOptional):
      if position < tokens.count, tokens[position].sentence == sentence,
        set.matches(tokens[position]),
        let found = match(
          tokens, element: element + 1, at: position + 1, sentence: sentence, negated: negated)
      {
        return found
      }
      guard isOptional else { return nil }
      return match(tokens, element: element + 1, at: position, sentence: sentence, negated: negated)
    case .gap(let size):
      var position = position
      var negated = negated
      for skipped in 0...size {
        if let found = match(
          tokens, element: element + 1, at: position, sentence: sentence, negated: negated)
        {
          return found
        }
        guard skipped < size, position < tokens.count, tokens[position].sentence == sentence
        else { return nil }
        negated = negated || Self.negators.contains(tokens[position].word)
        position += 1
      }
      return nil
    }
  }
}
