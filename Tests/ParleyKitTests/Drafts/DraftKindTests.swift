import Testing

@testable import ParleyKit

@Suite("DraftKind and DraftVariant: ids and help")
struct DraftKindTests {
  @Test func idsAreStable() {
    #expect(
      DraftKind.allCases.map(\.id) == [
        "friendly-reminder", "firm-reminder", "final-reminder", "call-confirmation",
        "plan-proposal", "plan-confirmation", "missed-installment", "cant-pay-reply",
        "dispute-reply", "mediation-proposal", "letter-before-claim",
      ])
    #expect(DraftVariant.allCases.map(\.rawValue) == ["email", "short"])
  }

  @Test func readsAnIdInAnyCase() {
    #expect(DraftKind(id: " Letter-Before-Claim ") == .letterBeforeClaim)
    #expect(DraftKind(id: "letter") == nil)
    #expect(DraftKind(id: "mediation_proposal") == .mediationProposal, "as --json writes it")
    #expect(EscalationStep(id: "mediation_offered") == .mediationOffered)
  }

  @Test(arguments: DraftKind.allCases)
  func everyKindHasOneLineOfHelp(_ kind: DraftKind) {
    #expect(!kind.title.isEmpty)
    #expect(!kind.summary.contains("\n"))
    #expect(kind.summary.count <= 90, "\(kind.summary.count)")
    #expect(kind.summary.hasSuffix("."))
    #expect(Set(kind.requiredExtras).isDisjoint(with: kind.optionalExtras))
  }

  @Test func onlyTwoKindsNeedExtras() {
    let needing = DraftKind.allCases.filter { !$0.requiredExtras.isEmpty }
    #expect(needing == [.callConfirmation, .disputeReply])
    #expect(DraftKind.callConfirmation.requiredExtras == [.amount, .date])
  }

  @Test func everyDefaultDeadlineIsAtLeastAWeek() {
    for kind in DraftKind.allCases {
      if let days = kind.defaultResponseDays { #expect(days >= DraftRenderer.minimumResponseDays) }
    }
  }

  @Test func aSentDraftIsLoggedUnderItsChannel() {
    #expect(DraftVariant.email.channel == .email)
    #expect(DraftVariant.shortMessage.channel == .message)
  }
}
