/// One installment of a tracked plan: what was paid toward it and where it stands.
public struct InstallmentProgress: Hashable, Sendable {
  /// The installment as scheduled.
  public let installment: Installment
  /// The part of the payments allocated to it.
  public let paid: Money
  /// Where it stands on the tracking day.
  public let status: InstallmentStatus
  /// The day of the payment that completed it; nil until fully paid.
  public let paidOn: Day?
  /// The last day of its grace period.
  public let graceEnds: Day

  /// What is still owed on it.
  public var owed: Money {
    Money(
      minorUnits: installment.amount.minorUnits - paid.minorUnits,
      currency: installment.amount.currency)
  }

  /// Whether it was fully paid only after its grace period ended.
  public var wasPaidLate: Bool { paidOn.map { $0 > graceEnds } ?? false }
}
