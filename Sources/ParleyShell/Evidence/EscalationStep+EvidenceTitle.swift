import ParleyKit

extension EscalationStep {
  /// The step in plain words, as the evidence record titles it: `Letter before claim sent`.
  var evidenceTitle: String {
    switch self {
    case .mediationOffered: "Mediation offered"
    case .mediationAgreed: "Mediation agreed"
    case .mediationRefused: "Mediation refused"
    case .letterBeforeClaimSent: "Letter before claim sent"
    case .claimFiled: "Claim filed"
    case .passedToRecovery: "Passed to debt recovery"
    }
  }
}
