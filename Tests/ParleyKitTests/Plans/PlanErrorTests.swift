import Testing

@testable import ParleyKit

@Suite("PlanError: what went wrong and how to fix it")
struct PlanErrorTests {
  @Test(
    arguments: [
      (PlanError.nonPositiveBalance(gbp(0)), "there is nothing to schedule: the balance is £0.00"),
      (.invalidCount(0, minimum: 1), "this plan needs at least 1 installment, got 0"),
      (.invalidCount(1, minimum: 2), "this plan needs at least 2 installments, got 1"),
      (
        .tooManyInstallments(600, maximum: 520),
        "600 installments is too many (at most 520); pay less often or pay more each time"
      ),
      (
        .installmentsTooSmall(balance: gbp(2), count: 3),
        "£0.02 is too little to split into 3 installments of more than zero; use fewer installments"
      ),
      (
        .currencyMismatch(expected: .gbp, got: .eur),
        "this plan is in GBP; an amount in EUR cannot be part of it"
      ),
      (.emptySchedule, "add at least one installment: a date and an amount"),
      (
        .nonPositiveInstallment(number: 2, gbp(0)),
        "installment 2 is £0.00; every installment must be more than zero"
      ),
      (
        .datesNotIncreasing(number: 3, due: date("2027-01-05"), previous: date("2027-01-05")),
        "installment 3 (5 Jan 2027) is not after installment 2 (5 Jan 2027); "
          + "give each installment a later date than the one before"
      ),
      (
        .datesCollideAfterRolling(number: 2, due: date("2027-01-02"), rolled: date("2027-01-04")),
        "installment 2 (2 Jan 2027) moves to the next business day, Mon 4 Jan 2027, "
          + "which is not after installment 1; choose dates at least one business day apart"
      ),
      (
        .sumMismatch(total: gbp(99_000), balance: gbp(100_000)),
        "the installments add up to £990.00 but the balance is £1,000.00; add £10.00"
      ),
      (
        .sumMismatch(total: gbp(100_500), balance: gbp(100_000)),
        "the installments add up to £1,005.00 but the balance is £1,000.00; take off £5.00"
      ),
      (
        .nonPositiveDeposit(gbp(0)), "the deposit is £0.00; make it more than zero, or leave it out"
      ),
      (
        .depositNotBelowBalance(deposit: gbp(100_000), balance: gbp(100_000)),
        "a deposit of £1,000.00 leaves nothing of £1,000.00 for the installments; "
          + "make it smaller, or schedule a single payment"
      ),
      (
        .depositNotFirst(deposit: date("2027-02-01"), firstDue: date("2027-01-15")),
        "the installments start on 15 Jan 2027, not after the deposit on 1 Feb 2027; "
          + "start them after the deposit"
      ),
      (
        .nonPositiveRegularAmount(gbp(0)),
        "the regular installment is £0.00; make it more than zero"
      ),
      (
        .regularTooLarge(regular: gbp(60_000), count: 2, balance: gbp(100_000)),
        "2 × £600.00 already reaches £1,000.00, leaving nothing for the last installment; "
          + "lower the regular amount or use fewer installments"
      ),
      (
        .invalidWeights(count: 3, weights: [1, 0]),
        "a graduated plan needs one positive weight per installment: 3 installments, weights 1, 0"
      ),
      (.dateOutOfRange, "the plan's dates run past the year 9999; check the start date"),
      (.money(.overflow), "the amount is too large"),
      (.invalidMaximumTerm(0), "the maximum term must be 1 to 120 months, got 0"),
      (.invalidLeadDays(-1), "the first payment must be 0 to 90 days away, got -1"),
      (
        .leadBeyondMaximumTerm(leadDays: 60, maxTermMonths: 1),
        "a first payment 60 days away leaves no room in a 1 month term; "
          + "start sooner or allow a longer term"
      ),
      (
        .nonPositiveLateCharges(gbp(0)),
        "late-payment charges of £0.00 make no sense; leave them out if there are none"
      ),
      (.invalidGraceDays(90), "the grace period must be 0 to 60 days, got 90"),
      (
        .negativeCashFlowAmount(.need, gbp(-500)),
        "the amount you need is -£5.00; give zero or more, or say \"don't know\""
      ),
      (
        .emptyCashFlowAnswer(.reason),
        "their reason is empty; give an answer, or say \"don't know\""
      ),
      (.noCashFlowAnswers, "nothing to note: answer at least one question, or say \"don't know\""),
      (
        .answeredAndUnknown(.capacity),
        "what they can pay is both answered and marked \"don't know\"; give one"
      ),
      (.nothingOwed, "nothing is owed in this case, so there is nothing to plan"),
      (.noOptions, "a proposal needs at least one option"),
      (.emptyPlanID, "a plan needs an id, e.g. plan-1"),
      (.duplicatePlanID("plan-1"), "this case already has a plan plan-1; use another id"),
      (
        .planAlreadyActive("plan-1"),
        "plan-1 is still running; revise or cancel it before agreeing another plan"
      ),
      (
        .notTheActivePlan("plan-2", active: "plan-1"),
        "plan-2 is not the active plan; the active plan is plan-1"
      ),
      (
        .notTheActivePlan("plan-2", active: nil),
        "there is no active plan, so plan-2 cannot be changed"
      ),
      (
        .planTotalMismatch(total: gbp(90_000), owed: gbp(100_000)),
        "the plan adds up to £900.00 but £1,000.00 is owed; make the installments add up to £1,000.00"
      ),
    ] as [(PlanError, String)])
  func messageIsPinned(error: PlanError, message: String) {
    #expect(error.description == message)
  }

  @Test func aPlanErrorInACaseReadsTheSame() {
    #expect(CaseError.plan(.nothingOwed).message == Guidance(PlanError.nothingOwed.description))
  }

  @Test func buildersThrowTheErrorThatSaysWhatToChange() {
    let first = date("2027-02-01")
    #expect(throws: PlanError.nonPositiveBalance(gbp(0))) {
      try InstallmentSchedule.equal(balance: gbp(0), count: 3, frequency: .monthly, firstDue: first)
    }
    #expect(throws: PlanError.invalidCount(0, minimum: 1)) {
      try InstallmentSchedule.equal(
        balance: gbp(100), count: 0, frequency: .monthly, firstDue: first)
    }
    #expect(throws: PlanError.tooManyInstallments(521, maximum: 520)) {
      try InstallmentSchedule.equal(
        balance: gbp(100_000), count: 521, frequency: .weekly, firstDue: first)
    }
    #expect(throws: PlanError.installmentsTooSmall(balance: gbp(2), count: 3)) {
      try InstallmentSchedule.equal(balance: gbp(2), count: 3, frequency: .weekly, firstDue: first)
    }
    #expect(throws: PlanError.installmentsTooSmall(balance: gbp(3), count: 3)) {
      // Weights 3 : 4 : 5 on 3p round to 0, 1, 1 before the leftover.
      try InstallmentSchedule.graduated(
        balance: gbp(3), count: 3, frequency: .weekly, firstDue: first)
    }
    #expect(throws: PlanError.invalidWeights(count: 3, weights: [1, 2])) {
      try InstallmentSchedule.graduated(
        balance: gbp(100_000), count: 3, frequency: .weekly, firstDue: first, weights: [1, 2])
    }
    #expect(
      throws: PlanError.depositNotBelowBalance(deposit: gbp(100_000), balance: gbp(100_000))
    ) {
      try InstallmentSchedule.equal(
        balance: gbp(100_000), count: 3, frequency: .monthly, firstDue: first,
        deposit: Deposit(amount: gbp(100_000), due: date("2027-01-15")))
    }
    #expect(throws: PlanError.depositNotFirst(deposit: first, firstDue: first)) {
      try InstallmentSchedule.equal(
        balance: gbp(100_000), count: 3, frequency: .monthly, firstDue: first,
        deposit: Deposit(amount: gbp(1_000), due: first))
    }
    #expect(throws: PlanError.currencyMismatch(expected: .gbp, got: .eur)) {
      try InstallmentSchedule.equal(
        balance: gbp(100_000), count: 3, frequency: .monthly, firstDue: first,
        deposit: Deposit(
          amount: Money(minorUnits: 1_000, currency: .eur), due: date("2027-01-15")))
    }
    #expect(
      throws: PlanError.regularTooLarge(regular: gbp(60_000), count: 2, balance: gbp(100_000))
    ) {
      try InstallmentSchedule.balloon(
        balance: gbp(100_000), regular: gbp(60_000), count: 3, frequency: .monthly,
        firstDue: first)
    }
    #expect(throws: PlanError.invalidCount(1, minimum: 2)) {
      try InstallmentSchedule.balloon(
        balance: gbp(100_000), regular: gbp(1_000), count: 1, frequency: .monthly,
        firstDue: first)
    }
    #expect(throws: PlanError.nonPositiveRegularAmount(gbp(0))) {
      try InstallmentSchedule.regular(
        balance: gbp(100_000), amount: gbp(0), frequency: .monthly, firstDue: first)
    }
    #expect(throws: PlanError.tooManyInstallments(1_000, maximum: 520)) {
      try InstallmentSchedule.regular(
        balance: gbp(100_000), amount: gbp(100), frequency: .weekly, firstDue: first)
    }
  }

  @Test func customSchedulesAreCheckedInstallmentByInstallment() {
    #expect(throws: PlanError.emptySchedule) {
      try InstallmentSchedule.custom(balance: gbp(100), installments: [])
    }
    #expect(throws: PlanError.sumMismatch(total: gbp(99_000), balance: gbp(100_000))) {
      try InstallmentSchedule.custom(
        balance: gbp(100_000),
        installments: [(date("2027-02-01"), gbp(50_000)), (date("2027-03-01"), gbp(49_000))])
    }
    #expect(
      throws: PlanError.datesNotIncreasing(
        number: 2, due: date("2027-02-01"), previous: date("2027-02-01"))
    ) {
      try InstallmentSchedule.custom(
        balance: gbp(100_000),
        installments: [(date("2027-02-01"), gbp(50_000)), (date("2027-02-01"), gbp(50_000))])
    }
    #expect(
      throws: PlanError.datesCollideAfterRolling(
        number: 2, due: date("2027-01-30"), rolled: date("2027-02-01"))
    ) {
      // Saturday 30 January moves to Monday 1 February, the first installment's day.
      try InstallmentSchedule.custom(
        balance: gbp(100_000),
        installments: [(date("2027-01-29"), gbp(50_000)), (date("2027-01-30"), gbp(50_000))],
        holidays: [date("2027-01-29")])
    }
    #expect(throws: PlanError.nonPositiveInstallment(number: 2, gbp(-5_000))) {
      try InstallmentSchedule.custom(
        balance: gbp(100_000),
        installments: [(date("2027-02-01"), gbp(105_000)), (date("2027-03-01"), gbp(-5_000))])
    }
    #expect(throws: PlanError.currencyMismatch(expected: .gbp, got: .usd)) {
      try InstallmentSchedule.custom(
        balance: gbp(100_000),
        installments: [(date("2027-02-01"), Money(minorUnits: 100_000, currency: .usd))])
    }
  }
}
