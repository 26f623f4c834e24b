/// Keep the dispute between you and the client: never shame them in public.
enum KeepItPrivate: GuardCheck {
  static func warning(_ context: GuardContext) -> GuardWarning? {
    guard case .publicShaming = context.step else { return nil }
    return GuardWarning(
      rule: .publicShaming,
      why: "Shaming a client in public (social media, reviews, their clients or employer) "
        + "hardens them against paying, can be defamation or harassment, and undoes a record "
        + "that otherwise shows you were calm and fair.",
      instead: "Keep it between you and the client: take the next step on the ladder "
        + "(\(.next)), or offer mediation.",
      facts: context.profile.facts(["contactRules.noThirdParties"]))
  }
}
