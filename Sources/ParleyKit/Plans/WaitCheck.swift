/// Whether a schedule finishes by the last day the user can wait for the rest.
public struct WaitCheck: Hashable, Sendable, Codable {
  /// The last day the user can wait.
  public let restBy: Day
  /// The day the schedule's last installment is due.
  public let finish: Day

  /// Checks `schedule` against the user's wait, or nil when it is unknown.
  public init?(schedule: InstallmentSchedule, mine: MyCashFlow) {
    guard let restBy = mine.restBy else { return nil }
    self.restBy = restBy
    self.finish = schedule.finish
  }

  /// Whether the last installment is due on or before ``restBy``.
  public var isMet: Bool { finish <= restBy }
}
