/// A set of word ids, as a bit set: membership is one shift and one mask.
struct WordSet: Hashable, Sendable {
  private var bits: [UInt64] = []

  /// The empty set.
  init() {}

  /// The set of `ids`; negative ids (unknown words) are ignored.
  init(_ ids: some Sequence<Int32>) {
    for id in ids { insert(id) }
  }

  /// The set of `words` in the shared lexicon.
  ///
  /// - Precondition: Every word is in the lexicon, so a misspelt list fails loudly in tests.
  init(words: [String], in lexicon: Lexicon = ToneEngine.shared.lexicon) {
    for word in words {
      let id = lexicon.id(word)
      precondition(id >= 0, "'\(word)' is not in the tone lexicon")
      insert(id)
    }
  }

  /// Adds `id`.
  mutating func insert(_ id: Int32) {
    guard id >= 0 else { return }
    let word = Int(id) >> 6
    if word >= bits.count {
      bits.append(contentsOf: repeatElement(0, count: word + 1 - bits.count))
    }
    bits[word] |= 1 << UInt64(id & 63)
  }

  /// Whether `id` is in the set.
  func contains(_ id: Int32) -> Bool {
    guard id >= 0 else { return false }
    let word = Int(id) >> 6
    return word < bits.count && bits[word] & (1 << UInt64(id & 63)) != 0
  }

  /// The ids in the set, in order.
  var members: [Int32] {
    var result: [Int32] = []
    for (index, word) in bits.enumerated() where word != 0 {
      for bit in 0..<64 where word & (1 << UInt64(bit)) != 0 {
        result.append(Int32(index * 64 + bit))
      }
    }
    return result
  }
}
