/// A step up the ladder recorded with `escalate`, beyond reminders, calls and plans.
///
/// The raw value is the id typed on the command line and written in the
/// journal (`letter-before-claim-sent`); it never changes.
public enum EscalationStep: String, CaseIterable, Hashable, Sendable, Codable {
  /// Mediation was proposed to the client.
  case mediationOffered = "mediation-offered"
  /// The client agreed to mediate.
  case mediationAgreed = "mediation-agreed"
  /// The client refused mediation (or did not answer the offer).
  case mediationRefused = "mediation-refused"
  /// The letter before claim was sent.
  case letterBeforeClaimSent = "letter-before-claim-sent"
  /// A small claim was filed with the court.
  case claimFiled = "claim-filed"
  /// The debt was passed to solicitors or a debt-recovery agency.
  case passedToRecovery = "passed-to-recovery"

  /// The ladder stage the step belongs to.
  public var stage: LadderStage {
    switch self {
    case .mediationOffered, .mediationAgreed, .mediationRefused: .mediate
    case .letterBeforeClaimSent: .formalDemand
    case .claimFiled: .smallClaim
    case .passedToRecovery: .recover
    }
  }

  /// The step with this id (any case, surrounding spaces ignored), if there is one.
  public init?(id: String) {
    // `--json` names it in snake_case (`mediation_proposal`): read that back too.
    self.init(rawValue: id.trimmed.lowercased().replacing("_", with: "-"))
  }
}
