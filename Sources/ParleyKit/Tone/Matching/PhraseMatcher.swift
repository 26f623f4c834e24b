/// Finds every rule's phrases in one pass over a draft's tokens.
///
/// Patterns are indexed by the id of their first word, so each token is tried
/// only against the few patterns that can start with it: the work is linear in
/// the length of the draft. Everything is stored flat (elements, word sets as
/// one bit table, the first-word index) so matching allocates nothing. Matches
/// never cross a sentence, and matches that touch quoted words are dropped.
struct PhraseMatcher: Sendable {
  private enum Kind: UInt8 {
    case word, optional, gap, number
  }

  // Elements of all patterns, flat: a kind and an argument (set index or gap size).
  private let kinds: [Kind]
  private let arguments: [Int32]
  // Patterns: where their elements start, how many, and their owner.
  private let elementStarts: [Int32]
  private let elementCounts: [Int32]
  private let owners: [(rule: Int32, phrase: Int32)]
  // Word sets as one bit table, `stride` words per set.
  private let bits: [UInt64]
  private let stride: Int
  // Patterns by first word: `firstPatterns[firstStarts[id]..<firstStarts[id + 1]]`.
  private let firstStarts: [Int32]
  private let firstPatterns: [Int32]
  private let numberWords: WordSet
  private let ruleCount: Int

  /// Compiles each rule's phrases against `lexicon`, which must hold their words.
  init(rules: [[TonePhrase]], lexicon: Lexicon) {
    let stride = (lexicon.count + 63) / 64
    var kinds: [Kind] = []
    var arguments: [Int32] = []
    var elementStarts: [Int32] = []
    var elementCounts: [Int32] = []
    var owners: [(rule: Int32, phrase: Int32)] = []
    var bits: [UInt64] = []
    var byFirst = Array(repeating: [Int32](), count: lexicon.count)
    func addSet(_ words: [String]) -> Int32 {
      let set = WordSet(words: words, in: lexicon)
      var row = Array(repeating: UInt64(0), count: stride)
      for id in set.members { row[Int(id) >> 6] |= 1 << UInt64(id & 63) }
      bits += row
      return Int32(bits.count / stride - 1)
    }
    for (ruleIndex, phrases) in rules.enumerated() {
      for (phraseIndex, phrase) in phrases.enumerated() {
        let pattern = PhrasePattern(phrase.pattern)
        let patternIndex = Int32(owners.count)
        elementStarts.append(Int32(kinds.count))
        elementCounts.append(Int32(pattern.steps.count))
        owners.append((Int32(ruleIndex), Int32(phraseIndex)))
        for (position, step) in pattern.steps.enumerated() {
          switch step {
          case .word(let words):
            kinds.append(.word)
            arguments.append(addSet(words))
            if position == 0 {
              for word in words { byFirst[Int(lexicon.id(word))].append(patternIndex) }
            }
          case .optional(let words):
            kinds.append(.optional)
            arguments.append(addSet(words))
          case .gap(let count):
            kinds.append(.gap)
            arguments.append(Int32(count))
          case .number:
            kinds.append(.number)
            arguments.append(0)
          }
        }
      }
    }
    var firstStarts: [Int32] = [0]
    var firstPatterns: [Int32] = []
    for patterns in byFirst {
      var seen = Set<Int32>()
      for pattern in patterns where seen.insert(pattern).inserted { firstPatterns.append(pattern) }
      firstStarts.append(Int32(firstPatterns.count))
    }
    self.kinds = kinds
    self.arguments = arguments
    self.elementStarts = elementStarts
    self.elementCounts = elementCounts
    self.owners = owners
    self.bits = bits
    self.stride = stride
    self.firstStarts = firstStarts
    self.firstPatterns = firstPatterns
    self.numberWords = WordSet(
      (0..<Int32(lexicon.count)).filter { lexicon.flags($0).contains(.numberWord) })
    self.ruleCount = rules.count
  }

  /// Every match in `text`, grouped by rule, each group in token order.
  func matches(in text: ToneText) -> [[PhraseMatch]] {
    var result = Array(repeating: [PhraseMatch](), count: ruleCount)
    text.tokens.withUnsafeBufferPointer { tokens in
      for start in tokens.indices {
        let id = tokens[start].id
        guard id >= 0, !tokens[start].isQuoted else { continue }
        let lower = Int(firstStarts[Int(id)])
        let upper = Int(firstStarts[Int(id) + 1])
        guard lower < upper else { continue }
        for slot in lower..<upper {
          let pattern = Int(firstPatterns[slot])
          let first = Int(elementStarts[pattern])
          let last = first + Int(elementCounts[pattern])
          // Most candidates fail on their second word: test it before recursing.
          if first + 1 < last, kinds[first + 1] == .word {
            let next = start + 1
            guard next < tokens.count, tokens[next].sentence == tokens[start].sentence,
              contains(set: arguments[first + 1], tokens[next].id)
            else { continue }
          }
          guard
            let end = end(
              first + 1, last, start + 1, sentence: tokens[start].sentence, tokens: tokens)
          else { continue }
          var quoted = false
          for index in start...end where tokens[index].isQuoted {
            quoted = true
            break
          }
          if quoted { continue }
          let owner = owners[pattern]
          result[Int(owner.rule)].append(
            PhraseMatch(phrase: Int(owner.phrase), first: start, last: end))
        }
      }
    }
    return result
  }

  @inline(__always)
  private func contains(set: Int32, _ id: Int32) -> Bool {
    guard id >= 0 else { return false }
    return bits.withUnsafeBufferPointer {
      $0[Int(set) * stride + Int(id >> 6)] & (1 << UInt64(id & 63)) != 0
    }
  }

  /// The last token of a match of elements `element..<last` starting at `token`, or nil.
  private func end(
    _ element: Int, _ last: Int, _ token: Int, sentence: Int32,
    tokens: UnsafeBufferPointer<ToneToken>
  ) -> Int? {
    if element == last { return token - 1 }
    let available = token < tokens.count && tokens[token].sentence == sentence
    let argument = arguments[element]
    switch kinds[element] {
    case .word:
      guard available, contains(set: argument, tokens[token].id) else { return nil }
      return end(element + 1, last, token + 1, sentence: sentence, tokens: tokens)
    case .optional:
      if available, contains(set: argument, tokens[token].id),
        let matched = end(element + 1, last, token + 1, sentence: sentence, tokens: tokens)
      {
        return matched
      }
      return end(element + 1, last, token, sentence: sentence, tokens: tokens)
    case .gap:
      for skip in 0...Int(argument) {
        let next = token + skip
        if skip > 0, next - 1 >= tokens.count || tokens[next - 1].sentence != sentence { break }
        if let matched = end(element + 1, last, next, sentence: sentence, tokens: tokens) {
          return matched
        }
      }
      return nil
    case .number:
      guard available,
        tokens[token].flags.contains(.hasDigit) || numberWords.contains(tokens[token].id)
      else { return nil }
      return end(element + 1, last, token + 1, sentence: sentence, tokens: tokens)
    }
  }
}
