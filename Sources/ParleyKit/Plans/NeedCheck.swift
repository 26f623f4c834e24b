/// Whether a schedule gets the user the money they need by the day they need it.
public struct NeedCheck: Hashable, Sendable, Codable {
  /// The amount the user needs.
  public let need: Money
  /// The day they need it by.
  public let by: Day
  /// What the schedule has due on or before ``by``.
  public let dueByThen: Money

  /// Checks `schedule` against the user's need, or nil when the amount or day is unknown.
  public init?(schedule: InstallmentSchedule, mine: MyCashFlow) {
    guard let need = mine.need, let by = mine.needBy else { return nil }
    self.need = need
    self.by = by
    self.dueByThen = schedule.amountDue(onOrBefore: by)
  }

  /// Whether at least ``need`` is due on or before ``by``.
  public var isMet: Bool {
    need.currency == dueByThen.currency && dueByThen.minorUnits >= need.minorUnits
  }
}
