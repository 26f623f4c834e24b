/// A checked list of installments that pays a balance exactly.
///
/// Every schedule keeps these laws, whichever way it was built:
/// - the installments add up to the balance exactly, to the minor unit;
/// - their due days strictly increase;
/// - every amount is more than zero, all in one currency;
/// - built from a frequency or by hand, every due day is a business day
///   (weekends and the holidays given are skipped forwards; a monthly date
///   whose next business day is in the next month moves back instead);
/// - built monthly, the installments after any deposit fall one in each
///   calendar month, in consecutive months.
///
/// Build one with ``equal(balance:count:frequency:firstDue:deposit:holidays:remainder:)``,
/// ``graduated(balance:count:frequency:firstDue:weights:deposit:holidays:remainder:)``,
/// ``balloon(balance:regular:count:frequency:firstDue:deposit:holidays:)``,
/// ``regular(balance:amount:frequency:firstDue:deposit:holidays:)`` or
/// ``custom(balance:installments:holidays:)``.
public struct InstallmentSchedule: Hashable, Sendable {
  /// The most installments a schedule may have: ten years of weekly payments.
  public static let maximumInstallments = 520

  /// The schedule's shape.
  public let kind: ScheduleKind
  /// How often installments fall due; nil for a custom schedule.
  public let frequency: PlanFrequency?
  /// Whether installment 1 is a deposit made before the regular ones.
  public let hasDeposit: Bool
  /// The installments in due order, numbered from 1.
  public let installments: [Installment]
  /// The leftover minor units and the installments that absorbed them; nil
  /// when the balance divided evenly or the shape has no division.
  public let remainder: ScheduleRemainder?

  /// Creates a schedule from parts already checked by ``assemble``.
  init(
    kind: ScheduleKind, frequency: PlanFrequency?, hasDeposit: Bool,
    installments: [Installment], remainder: ScheduleRemainder?
  ) {
    self.kind = kind
    self.frequency = frequency
    self.hasDeposit = hasDeposit
    self.installments = installments
    self.remainder = remainder
  }
}
