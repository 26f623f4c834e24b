/// Know the court's issue fee before claiming.
enum KnowTheCourtFee: GuardCheck {
  static func warning(_ context: GuardContext) -> GuardWarning? {
    guard context.isClaim, let fee = context.profile.issueFee(for: context.amount) else {
      return nil
    }
    return GuardWarning(
      rule: .courtFee,
      why: "The court's issue fee for a claim of \(context.amount.formatted) is \(fee.formatted) "
        + "(the claim's value includes interest).",
      instead: "Add the fee to what you claim; you usually get it back if you win.",
      facts: context.profile.facts(["courtIssueFees"]), amount: fee)
  }
}
