/// Why the ladder suggests its next step, with the dates it rests on; the
/// shell words it.
public enum LadderReason: Hashable, Sendable {
  /// Nothing is owed.
  case nothingOwed
  /// The oldest unpaid invoice is not due yet.
  case notYetDue(due: Day)
  /// Unpaid since `since` and no reminder sent yet.
  case overdue(since: Day)
  /// `count` written reminders sent, the last on `last`.
  case remindersSent(count: Int, last: Day)
  /// They promised to pay by `by`.
  case promisePending(by: Day)
  /// A plan is being kept; the next installment is due on `nextDue`.
  case planOnTrack(nextDue: Day)
  /// Installment `number` was missed.
  case installmentMissed(number: Int)
  /// Installments `numbers` were missed in a row.
  case installmentsMissed(numbers: [Int])
  /// A call or meeting on `on` ended without an arrangement that held.
  case talkedWithoutArrangement(on: Day)
  /// The client said what they can pay; no plan is agreed yet.
  case clientCanPay(Money, per: CapacityPeriod)
  /// Mediation was offered on `offered`; no answer recorded yet.
  case mediationOfferPending(offered: Day)
  /// They refused mediation on `on`.
  case mediationRefused(on: Day)
  /// They agreed to mediate on `on`; it has until `until` to settle.
  case mediationAgreed(on: Day, until: Day)
  /// The letter before claim went on `sent`; the reply window ends on `windowEnds`.
  case letterSent(sent: Day, windowEnds: Day)
  /// A claim was filed on `on`.
  case claimFiled(on: Day)
  /// The debt went to solicitors or an agency on `on`.
  case withRecovery(on: Day)
}
