import ParleyKit

/// One installment of an agreed plan and where it stands on the day of the export.
struct EvidenceInstallment: Hashable, Sendable {
  /// Its number in the schedule, from 1.
  let number: Int
  /// The day it is due.
  let due: Day
  /// What is due.
  let amount: Money
  /// What has been paid toward it.
  let paid: Money
  /// Where it stands, in words: `paid`, `late (in grace)`, `cancelled`.
  let status: String
  /// Where it stands, as JSON writes it: `paid`, `part_paid`, `cancelled`.
  let statusCode: String
}
