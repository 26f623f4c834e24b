/// A way a proposed option falls short of one side's stated cash flow.
public enum PlanConcern: String, Hashable, Sendable, Codable, CaseIterable {
  /// Less than the user needs is due by the day they need it.
  case missesMyNeed
  /// Some period asks the client for more than they said they can pay.
  case exceedsTheirCapacity
  /// The plan finishes after the last day the user can wait.
  case finishesAfterMyWait

  /// Whether the concern breaks a hard limit (a need or a capacity) rather
  /// than a preference; hard concerns rank an option lower first.
  public var isHard: Bool { self != .finishesAfterMyWait }
}
