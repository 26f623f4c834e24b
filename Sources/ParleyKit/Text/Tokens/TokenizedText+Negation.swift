extension TokenizedText {
  /// Whether a negation governs the match: a negator ("no", "not", "avoid",
  /// "without") earlier in its clause, within eight words.
  ///
  /// "No need for court" is negated. These are not:
  /// - "I won't hesitate to take you to court": "hesitate" cancels the negation.
  /// - "If you don't pay I'll take you to court": the negation is in the condition.
  /// - "I don't want to go to court, but I will": a disclaimer, followed through.
  func isNegated(_ match: PatternMatch) -> Bool {
    let words = NegationWords.shared
    let clause = tokens[match.first].clause
    var index = match.first - 1
    var steps = 0
    while index >= 0, steps < 8, tokens[index].clause == clause {
      let id = tokens[index].id
      if words.stoppers.contains(id) { return false }
      if wordFlags(index).contains(.negator), !isInCondition(index, words) {
        for between in (index + 1)..<match.first
        where wordFlags(between).contains(.negationCanceller) {
          return false
        }
        if index + 2 < match.first, tokens[index + 1].id == words.make,
          tokens[index + 2].id == words.me
        {
          return false
        }
        return !disclaimerFollows(match.last, words)
      }
      index -= 1
      steps += 1
    }
    return false
  }

  /// Whether the negator at `index` sits in an "if" or "unless" condition.
  private func isInCondition(_ index: Int, _ words: NegationWords) -> Bool {
    var back = index - 1
    while back >= 0, back >= index - 4, tokens[back].clause == tokens[index].clause {
      if words.conditions.contains(tokens[back].id) { return true }
      back -= 1
    }
    return false
  }

  /// Whether the sentence goes on with "but I will ..." after `last`.
  private func disclaimerFollows(_ last: Int, _ words: NegationWords) -> Bool {
    let sentence = tokens[last].sentence
    var index = last + 1
    while index < tokens.count, tokens[index].sentence == sentence {
      if tokens[index].id == words.but {
        var ahead = index + 1
        while ahead < tokens.count, ahead <= index + 4, tokens[ahead].sentence == sentence {
          if words.followThrough.contains(tokens[ahead].id) { return true }
          ahead += 1
        }
        return false
      }
      index += 1
    }
    return false
  }
}

extension TokenizedText {
  /// The index of one of `negators` at most `reach` tokens before `start` in
  /// its clause, unless one of `breakers` comes between ("I can't, but we will pay").
  func negator(before start: Int, reach: Int, negators: WordSet, breakers: WordSet) -> Int? {
    guard start > 0 else { return nil }
    let clause = tokens[start].clause
    var index = start - 1
    while index >= 0, start - index <= reach, tokens[index].clause == clause {
      let id = tokens[index].id
      if breakers.contains(id) { return nil }
      if negators.contains(id) { return index }
      index -= 1
    }
    return nil
  }
}
