/// One rule of the process guard, one per file in `Guard/Rules`, named as
/// the policy it keeps (`MediationBeforeFormalSteps`).
protocol GuardCheck {
  /// The warning for the step in `context`, or nil when the rule has nothing to say.
  static func warning(_ context: GuardContext) -> GuardWarning?
}
