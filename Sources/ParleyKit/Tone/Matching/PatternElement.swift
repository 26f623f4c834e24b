/// One step of a compiled phrase pattern.
enum PatternElement: Sendable {
  /// One word from the set.
  case word(WordSet)
  /// One word from the set, or nothing.
  case optional(WordSet)
  /// Up to this many words of anything.
  case gap(Int)
  /// A number: digits, or a number word.
  case number
}
