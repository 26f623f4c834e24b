/// What ``ReplyClassifier`` read in a client's reply, and why.
public struct ReplyAnalysis: Hashable, Sendable {
  /// The primary kind, chosen by the precedence documented on ``ReplyKind``.
  public let kind: ReplyKind
  /// The other kinds also present, in order of precedence (for example
  /// ``ReplyKind/hardship`` beside a primary ``ReplyKind/asksForPlan``); an
  /// acknowledgement ("thanks") beside a real answer is not listed.
  public let secondary: [ReplyKind]
  /// What was promised, when a promise to pay is present (primary or secondary).
  public let promise: ReplyPromise?
  /// The sentence that says what is disputed, as written, when a dispute is present.
  public let disputeAbout: String?
  /// What the dispute is about, when a dispute is present.
  public let disputeTopic: DisputeTopic?
  /// The day a request for more time asks for ("until the end of the month"), if any.
  public let requestedDate: Day?
  /// That day as written, if any.
  public let requestedDateText: String?
  /// Whether the reply says the payment is on its way ("the cheque is in the
  /// post", "I paid it last week", "it's being processed").
  public let isPaymentOnItsWay: Bool
  /// Whether the reply is an automatic one (out of office).
  public let isAutomaticReply: Bool
  /// The phrases that decided the primary and secondary kinds, in reading order.
  public let evidence: [ReplyEvidence]
  /// How sure the classifier is, from 0 to 1: the model's probability of the
  /// kind (see ``ReplyClassifier``).
  public let confidence: Double
  /// The next step and the draft that fit.
  public let suggestion: ReplySuggestion

  /// The words of the reply that pushed the model hardest towards ``kind``.
  public var modelTerms: [WeightedNGram] = []

  /// The confidence under which the reading is only a guess.
  public static let guessBelow = 0.6

  /// Whether the reading is only a guess (the model is unsure and no rule
  /// names the words): the shell should show it and let the user choose.
  public var needsConfirmation: Bool {
    !isAutomaticReply && confidence < Self.guessBelow && evidence.isEmpty
  }
}
