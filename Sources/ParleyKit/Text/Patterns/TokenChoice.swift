/// The tokens one item of a ``TextPattern`` accepts.
struct TokenChoice: Hashable, Sendable {
  /// Words, as the lexicon spells them.
  var words: [String] = []
  /// Whether any number is accepted too (`#num`).
  var number = false
}
