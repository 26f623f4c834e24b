/// Answer a dispute before chasing the disputed sum.
enum AnswerTheDisputeFirst: GuardCheck {
  static func warning(_ context: GuardContext) -> GuardWarning? {
    guard context.step.isChase, let dispute = context.state.disputes.last?.value else {
      return nil
    }
    let amount = dispute.amount.map { " \($0.formatted) of" } ?? ""
    return GuardWarning(
      rule: .disputedAmount,
      why: "They dispute\(amount) what is owed (\(dispute.about)); chasing a disputed sum "
        + "before answering the dispute looks unreasonable to a court.",
      instead: "Answer the dispute (\(.draft(.disputeReply))), chase only the undisputed part, "
        + "and void the dispute note once it is resolved.",
      amount: dispute.amount)
  }
}
