import ParleyKit

extension PlanConcern {
  /// The concern in a few plain words, then its figures in brackets, as the
  /// mark on an option says it: `more than they said they can pay each month
  /// (up to £400.18 against their £300.00)`.
  func words(for option: PlanOption) -> String {
    switch self {
    case .missesMyNeed:
      guard let need = option.myNeed else { return "less than you need by the day you need it" }
      return "less than you need by \(need.by.short) "
        + "(\(need.dueByThen.formatted) of \(need.need.formatted))"
    case .exceedsTheirCapacity:
      guard let check = option.theirCapacity else { return "more than they said they can pay" }
      // Over their capacity in some period says more than money asked for
      // too early, so it is the one said when both are true.
      guard check.busiestTotal.minorUnits > check.capacity.amount.minorUnits else {
        return "due before they said they can start paying "
          + "(\(check.dueBeforeCapacityStarts.formatted))"
      }
      return "more than they said they can pay each \(check.capacity.per.rawValue) "
        + "(up to \(check.busiestTotal.formatted) against their "
        + "\(check.capacity.amount.formatted))"
    case .finishesAfterMyWait:
      guard let wait = option.myWait else { return "ends after the last day you can wait" }
      return "ends after the last day you can wait (\(wait.restBy.short))"
    }
  }
}
