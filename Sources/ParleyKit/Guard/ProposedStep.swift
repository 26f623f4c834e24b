/// An outbound step the user is about to take, for ``ProcessGuard`` to check.
public enum ProposedStep: Hashable, Sendable {
  /// Sending a draft of a kind, by a channel.
  case sendDraft(DraftKind, channel: ContactChannel)
  /// Logging an outbound contact by a channel.
  case logContact(ContactChannel)
  /// Recording a step up the ladder; `amount` is what a claim or recovery is for
  /// (the balance when nil).
  case escalate(EscalationStep, amount: Money? = nil)
  /// Shaming the client in public: parley never drafts it.
  case publicShaming(PublicShamingKind)

  /// Whether the step presses the client to pay (as against a reply or a confirmation).
  var isChase: Bool {
    switch self {
    case .sendDraft(let kind, _): !Self.repliesAndConfirmations.contains(kind)
    case .logContact: true
    case .escalate(let step, _):
      [.letterBeforeClaimSent, .claimFiled, .passedToRecovery].contains(step)
    case .publicShaming: true
    }
  }

  /// The channel the client is contacted by directly, if the step contacts them.
  var contactChannel: ContactChannel? {
    switch self {
    case .sendDraft(_, let channel), .logContact(let channel): channel
    case .escalate, .publicShaming: nil
    }
  }

  /// Whether contact-pacing rules apply: direct contact that chases.
  var isPacedContact: Bool { contactChannel != nil && isChase }

  /// Drafts that answer the client or confirm what was agreed: never chasing.
  static let repliesAndConfirmations: Set<DraftKind> = [
    .callConfirmation, .planProposal, .planConfirmation, .cantPayReply, .disputeReply,
  ]
}
