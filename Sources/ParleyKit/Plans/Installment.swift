/// One payment in a schedule: its number, due day and amount.
public struct Installment: Hashable, Sendable, Codable {
  /// The position in the schedule, from 1.
  public let number: Int
  /// The business day it falls due.
  public let due: Day
  /// How much is due; always more than zero.
  public let amount: Money

  /// Creates an installment; schedules make these, already checked.
  public init(number: Int, due: Day, amount: Money) {
    self.number = number
    self.due = due
    self.amount = amount
  }
}
