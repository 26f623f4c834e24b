/// One reply rule: the phrases that signal a kind of reply, and how much they count.
///
/// Rules are named `kind.policy` (`hardship.cannot-pay`, `dispute.not-received`)
/// and live in one catalogue per kind (`ReplySignal+Promise.swift`, ...).
/// A kind is present when the weights of its distinct matched rules add up to
/// at least 1: strong phrases weigh 1, weaker hints 0.5 or so and need company.
struct ReplySignal: Hashable, Sendable {
  /// The rule id, `kind.policy`.
  let id: String
  /// The kind it speaks for.
  let kind: ReplyKind
  /// How much one match counts towards the kind being present.
  let weight: Double
  /// The phrases, in the text core's pattern language (``TextPattern``).
  let patterns: [String]
  /// What a negation does to a match.
  let negation: ReplyNegation
  /// For a dispute: what it says the dispute is about.
  let topic: DisputeTopic?
  /// Whether it says the payment is on its way.
  let isOnItsWay: Bool
  /// Whether it marks an automatic reply.
  let isAutomaticReply: Bool

  /// Creates a rule.
  init(
    _ id: String, _ kind: ReplyKind, weight: Double = 1, negation: ReplyNegation = .cancels,
    topic: DisputeTopic? = nil, isOnItsWay: Bool = false, isAutomaticReply: Bool = false,
    _ patterns: [String]
  ) {
    self.id = id
    self.kind = kind
    self.weight = weight
    self.patterns = patterns
    self.negation = negation
    self.topic = topic
    self.isOnItsWay = isOnItsWay
    self.isAutomaticReply = isAutomaticReply
  }

  /// Every rule, all kinds.
  static let catalogue: [ReplySignal] =
    promiseSignals + hardshipSignals + planSignals + disputeSignals + moreTimeSignals
    + deflectionSignals + hostileSignals + noAnswerSignals
}
