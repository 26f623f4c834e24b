/// Finds every rule's phrases in one pass over a draft's tokens.
///
/// Patterns are indexed by the id of their first word, so each token is tried
/// only against the few patterns that can start with it: the work is linear in
/// the length of the draft. Matches never cross a sentence, and matches that
/// touch quoted words (the client's) are dropped.
struct PhraseMatcher: Sendable {
  /// A pattern compiled to word ids, with its owner.
  private struct Compiled: Sendable {
    let rule: Int
    let phrase: Int
    let elements: [PatternElement]
  }

  private let patterns: [Compiled]
  private let byFirstWord: [[Int32]]
  private let ruleCount: Int

  /// Compiles each rule's phrases against `lexicon`, which must hold their words.
  init(rules: [[TonePhrase]], lexicon: Lexicon) {
    var patterns: [Compiled] = []
    var byFirstWord = Array(repeating: [Int32](), count: lexicon.count)
    for (ruleIndex, phrases) in rules.enumerated() {
      for (phraseIndex, phrase) in phrases.enumerated() {
        let pattern = PhrasePattern(phrase.pattern)
        let elements = pattern.steps.map { step -> PatternElement in
          switch step {
          case .word(let words): .word(WordSet(words: words, in: lexicon))
          case .optional(let words): .optional(WordSet(words: words, in: lexicon))
          case .gap(let count): .gap(count)
          case .number: .number
          }
        }
        guard case .word(let first) = elements[0] else { continue }
        for id in first.members {
          byFirstWord[Int(id)].append(Int32(patterns.count))
        }
        patterns.append(Compiled(rule: ruleIndex, phrase: phraseIndex, elements: elements))
      }
    }
    self.patterns = patterns
    self.byFirstWord = byFirstWord
    self.ruleCount = rules.count
  }

  /// Every match in `text`, grouped by rule, each group in token order.
  func matches(in text: ToneText) -> [[PhraseMatch]] {
    var result = Array(repeating: [PhraseMatch](), count: ruleCount)
    let tokens = text.tokens
    for start in tokens.indices {
      let id = tokens[start].id
      guard id >= 0, !tokens[start].isQuoted else { continue }
      for patternIndex in byFirstWord[Int(id)] {
        let pattern = patterns[Int(patternIndex)]
        guard
          let last = end(
            pattern.elements, 1, start + 1, sentence: tokens[start].sentence, text: text)
        else { continue }
        if tokens[start...last].contains(where: \.isQuoted) { continue }
        result[pattern.rule].append(PhraseMatch(phrase: pattern.phrase, first: start, last: last))
      }
    }
    return result
  }

  /// The last token of a match of `elements[element...]` starting at `token`, or nil.
  private func end(
    _ elements: [PatternElement], _ element: Int, _ token: Int, sentence: Int32, text: ToneText
  ) -> Int? {
    if element == elements.count { return token - 1 }
    let tokens = text.tokens
    let available = token < tokens.count && tokens[token].sentence == sentence
    switch elements[element] {
    case .word(let set):
      guard available, set.contains(tokens[token].id) else { return nil }
      return end(elements, element + 1, token + 1, sentence: sentence, text: text)
    case .optional(let set):
      if available, set.contains(tokens[token].id),
        let last = end(elements, element + 1, token + 1, sentence: sentence, text: text)
      {
        return last
      }
      return end(elements, element + 1, token, sentence: sentence, text: text)
    case .gap(let limit):
      for skip in 0...limit {
        let next = token + skip
        if skip > 0, next - 1 >= tokens.count || tokens[next - 1].sentence != sentence { break }
        if let last = end(elements, element + 1, next, sentence: sentence, text: text) {
          return last
        }
      }
      return nil
    case .number:
      guard available,
        tokens[token].flags.contains(.hasDigit) || text.wordFlags(token).contains(.numberWord)
      else { return nil }
      return end(elements, element + 1, token + 1, sentence: sentence, text: text)
    }
  }
}
