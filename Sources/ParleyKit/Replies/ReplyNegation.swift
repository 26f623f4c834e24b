/// What a negation does to a reply rule's match.
///
/// A match is negated when a gap inside it holds `not`, `never`, `no`, ..., or
/// when `not`, `never`, `nobody`, `neither`, `nor`, `hardly` or `without` comes
/// in the five words before it within the same clause (stopping at `but`,
/// `and`, `so`, `because`, `if`, `when`, `until`, ...).
enum ReplyNegation: Hashable, Sendable {
  /// The rule's patterns already say what they mean, negation included.
  case ignored
  /// A negated match does not count ("not sure I'll look into it" is still
  /// nothing; "no problem, I'll pay" is not negated, the comma ends the clause).
  case cancels
  /// A negated match counts as the rule with this id instead ("we can pay"
  /// negated is hardship, "we will pay" negated is a refusal).
  case becomes(String)
}
