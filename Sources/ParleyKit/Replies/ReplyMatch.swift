/// One rule matched in a reply: which rule and which tokens.
struct ReplyMatch: Hashable, Sendable {
  /// The rule that counts, after negation (`promise.can-pay` negated is
  /// `hardship.cannot-pay`).
  let signal: ReplySignal
  /// The first token of the evidence (the negation, when it came before the match).
  let first: Int
  /// The index just past the last token.
  let end: Int
  /// Whether a negation turned the match into ``signal``.
  let isNegated: Bool
}
