/// One step of a ``ReplyPattern``: a word from a set, or a gap of a few words.
enum ReplyPatternElement: Hashable, Sendable {
  /// One token from the set; an optional one may be absent.
  case word(ReplyWordSet, isOptional: Bool)
  /// Up to this many tokens of any kind, within the sentence.
  case gap(Int)
}
