/// Finds every pattern of a policy (each tone rule's phrases, each reply
/// signal's patterns) in one pass over a text's tokens.
///
/// Patterns are indexed by the lexicon id of their first word, so each token
/// is tried only against the few patterns that can start with it: the work is
/// linear in the length of the text. Everything is stored flat (items, word
/// sets as sorted id runs, the first-word index) so matching allocates only
/// its results.
struct PatternMatcher: Sendable {
  private enum Kind: UInt8 {
    case word, optional, gap
  }

  // Items of all patterns, flat: a kind and an argument (set index or gap size).
  private let kinds: [Kind]
  private let arguments: [Int32]
  // Patterns: where their items start, how many, their guard set (-1 for none), and owner.
  private let itemStarts: [Int32]
  private let itemCounts: [Int32]
  private let guards: [Int32]
  private let owners: [(group: Int32, pattern: Int32)]
  // Word sets: sorted ids `members[setStarts[s]..<setStarts[s + 1]]`, and whether numbers count.
  private let setStarts: [Int32]
  private let members: [Int32]
  private let setAcceptsNumbers: [Bool]
  // Patterns by first word: `firstPatterns[firstStarts[id]..<firstStarts[id + 1]]`.
  private let firstStarts: [Int32]
  private let firstPatterns: [Int32]
  // Patterns whose first item accepts any number.
  private let numberFirst: [Int32]
  private let numberWords: WordSet
  private let gapNegators: WordSet
  private let groupCount: Int

  /// Patterns that did not parse, as written; a test keeps this empty.
  let invalidPatterns: [String]

  /// Compiles each group's patterns against `lexicon`, which must hold their
  /// words (see ``Lexicon/init(patterns:extraWords:)``).
  init(groups: [[String]], lexicon: Lexicon) {
    self.init(groups: PatternGroups(groups), lexicon: lexicon)
  }

  /// Compiles each group's parsed patterns against `lexicon`, which must hold
  /// their words (see ``Lexicon/init(patterns:extraWords:)``).
  init(groups: PatternGroups, lexicon: Lexicon) {
    var kinds: [Kind] = []
    var arguments: [Int32] = []
    var itemStarts: [Int32] = []
    var itemCounts: [Int32] = []
    var guards: [Int32] = []
    var owners: [(group: Int32, pattern: Int32)] = []
    var setStarts: [Int32] = [0]
    var members: [Int32] = []
    var setAcceptsNumbers: [Bool] = []
    var byFirst = Array(repeating: [Int32](), count: lexicon.count)
    var numberFirst: [Int32] = []
    var invalid: [String] = []
    var classIDs: [String: [Int32]] = [:]
    func ids(_ words: [String]) -> [Int32] { words.map { lexicon.id($0) }.filter { $0 >= 0 } }
    func addSet(_ choice: TokenChoice) -> (index: Int32, ids: [Int32]) {
      var all = ids(choice.words)
      for name in choice.classes {
        if classIDs[name] == nil { classIDs[name] = ids(TokenChoice.words(ofClass: name) ?? []) }
        all += classIDs[name] ?? []
      }
      let sorted = Array(Set(all)).sorted()
      members += sorted
      setStarts.append(Int32(members.count))
      setAcceptsNumbers.append(choice.number)
      return (Int32(setAcceptsNumbers.count - 1), sorted)
    }
    for (groupIndex, group) in groups.groups.enumerated() {
      for (patternIndex, (source, pattern)) in group.enumerated() {
        guard let pattern else {
          invalid.append(source)
          continue
        }
        let compiled = Int32(owners.count)
        itemStarts.append(Int32(kinds.count))
        itemCounts.append(Int32(pattern.steps.count))
        owners.append((Int32(groupIndex), Int32(patternIndex)))
        guards.append(pattern.notAfter.map { addSet(TokenChoice(words: $0)).index } ?? -1)
        for (position, step) in pattern.steps.enumerated() {
          switch step {
          case .word(let choice):
            let set = addSet(choice)
            kinds.append(.word)
            arguments.append(set.index)
            if position == 0 {
              for id in set.ids { byFirst[Int(id)].append(compiled) }
              if choice.number { numberFirst.append(compiled) }
            }
          case .optional(let choice):
            kinds.append(.optional)
            arguments.append(addSet(choice).index)
          case .gap(let count):
            kinds.append(.gap)
            arguments.append(Int32(count))
          }
        }
      }
    }
    var firstStarts: [Int32] = [0]
    var firstPatterns: [Int32] = []
    for patterns in byFirst {
      firstPatterns += patterns
      firstStarts.append(Int32(firstPatterns.count))
    }
    self.kinds = kinds
    self.arguments = arguments
    self.itemStarts = itemStarts
    self.itemCounts = itemCounts
    self.guards = guards
    self.owners = owners
    self.setStarts = setStarts
    self.members = members
    self.setAcceptsNumbers = setAcceptsNumbers
    self.firstStarts = firstStarts
    self.firstPatterns = firstPatterns
    self.numberFirst = numberFirst
    self.numberWords = WordSet(
      (0..<Int32(lexicon.count)).filter { lexicon.flags($0).contains(.numberWord) })
    self.gapNegators = WordSet(TextWords.gapNegators.map { lexicon.id($0) })
    self.groupCount = groups.groups.count
    self.invalidPatterns = invalid
  }

  /// Every match in `text`, grouped as the patterns were, each group in token
  /// order. Matches touching a token with any of `skipping` (quoted words, for
  /// the tone rules) are left out.
  func matches(in text: TokenizedText, skipping: TokenFlags = []) -> [[PatternMatch]] {
    var result = Array(repeating: [PatternMatch](), count: groupCount)
    text.tokens.withUnsafeBufferPointer { tokens in
      for start in tokens.indices {
        let token = tokens[start]
        guard token.flags.isDisjoint(with: skipping) else { continue }
        let isNumber = isNumber(token)
        if token.id >= 0 {
          let lower = Int(firstStarts[Int(token.id)])
          let upper = Int(firstStarts[Int(token.id) + 1])
          for slot in lower..<upper {
            attempt(Int(firstPatterns[slot]), at: start, tokens, skipping, into: &result)
          }
        }
        if isNumber {
          for pattern in numberFirst {
            if token.id >= 0, contains(set: arguments[Int(itemStarts[Int(pattern)])], token.id) {
              continue  // already tried through its word
            }
            attempt(Int(pattern), at: start, tokens, skipping, into: &result)
          }
        }
      }
    }
    return result
  }

  /// Tries one pattern at `start`, appending a match to its group.
  private func attempt(
    _ pattern: Int, at start: Int, _ tokens: UnsafeBufferPointer<TextToken>,
    _ skipping: TokenFlags, into result: inout [[PatternMatch]]
  ) {
    let first = Int(itemStarts[pattern])
    let last = first + Int(itemCounts[pattern])
    let sentence = tokens[start].sentence
    // Most candidates fail on their second word: test it before recursing.
    if first + 1 < last, kinds[first + 1] == .word {
      let next = start + 1
      guard next < tokens.count, tokens[next].sentence == sentence,
        accepts(arguments[first + 1], tokens[next])
      else { return }
    }
    let guardSet = guards[pattern]
    if guardSet >= 0, start > 0, tokens[start - 1].sentence == sentence,
      contains(set: guardSet, tokens[start - 1].id)
    {
      return
    }
    guard
      let (end, negated) = end(
        first + 1, last, start + 1, sentence: sentence, negated: false, tokens: tokens)
    else { return }
    if !skipping.isEmpty {
      for index in start...end where !tokens[index].flags.isDisjoint(with: skipping) { return }
    }
    let owner = owners[pattern]
    result[Int(owner.group)].append(
      PatternMatch(
        phrase: Int(owner.pattern), first: start, last: end, isNegatedInside: negated))
  }

  @inline(__always)
  private func isNumber(_ token: TextToken) -> Bool {
    token.flags.contains(.hasDigit) || numberWords.contains(token.id)
  }

  @inline(__always)
  private func accepts(_ set: Int32, _ token: TextToken) -> Bool {
    contains(set: set, token.id) || (setAcceptsNumbers[Int(set)] && isNumber(token))
  }

  /// Whether word `id` is in set `set`: a short run is scanned, a long one halved.
  @inline(__always)
  private func contains(set: Int32, _ id: Int32) -> Bool {
    guard id >= 0 else { return false }
    var lower = Int(setStarts[Int(set)])
    var upper = Int(setStarts[Int(set) + 1])
    return members.withUnsafeBufferPointer { members in
      while upper - lower > 8 {
        let middle = (lower + upper) / 2
        if members[middle] <= id { lower = middle } else { upper = middle }
      }
      for index in lower..<upper where members[index] == id { return true }
      return false
    }
  }

  /// The last token of a match of items `item..<last` starting at `token`,
  /// and whether a gap in it skipped a negation; nil when they do not match.
  private func end(
    _ item: Int, _ last: Int, _ token: Int, sentence: Int32, negated: Bool,
    tokens: UnsafeBufferPointer<TextToken>
  ) -> (Int, Bool)? {
    if item == last { return (token - 1, negated) }
    let available = token < tokens.count && tokens[token].sentence == sentence
    let argument = arguments[item]
    switch kinds[item] {
    case .word:
      guard available, accepts(argument, tokens[token]) else { return nil }
      return end(item + 1, last, token + 1, sentence: sentence, negated: negated, tokens: tokens)
    case .optional:
      if available, accepts(argument, tokens[token]),
        let matched = end(
          item + 1, last, token + 1, sentence: sentence, negated: negated, tokens: tokens)
      {
        return matched
      }
      return end(item + 1, last, token, sentence: sentence, negated: negated, tokens: tokens)
    case .gap:
      var negated = negated
      for skip in 0...Int(argument) {
        let next = token + skip
        if skip > 0 {
          guard next - 1 < tokens.count, tokens[next - 1].sentence == sentence else { break }
          negated = negated || gapNegators.contains(tokens[next - 1].id)
        }
        if let matched = end(
          item + 1, last, next, sentence: sentence, negated: negated, tokens: tokens)
        {
          return matched
        }
      }
      return nil
    }
  }
}
