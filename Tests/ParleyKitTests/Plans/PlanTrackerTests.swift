import Testing

@testable import ParleyKit

@Suite("PlanTracker: payments allocated in order, statuses by date")
struct PlanTrackerTests {
  /// £1,000 in 4 monthly installments of £250: Mon 1 Feb, Mon 1 Mar, Thu 1 Apr, Mon 3 May 2027.
  let schedule: InstallmentSchedule
  let tracker = PlanTracker()

  init() throws {
    schedule = try InstallmentSchedule.equal(
      balance: gbp(100_000), count: 4, frequency: .monthly, firstDue: date("2027-02-01"))
  }

  func paid(_ pence: Int64, on iso: String) -> CaseEvent.PaymentReceived {
    CaseEvent.PaymentReceived(amount: gbp(pence), on: date(iso))
  }

  func progress(_ payments: [CaseEvent.PaymentReceived], today: String) -> PlanProgress {
    tracker.progress(of: schedule, id: "plan-1", payments: payments, today: date(today))
  }

  @Test func theScheduleMovesSaturdayFirstOfMayToMonday() {
    #expect(dues(schedule) == ["2027-02-01", "2027-03-01", "2027-04-01", "2027-05-03"])
  }

  @Test func statusesFollowTheDueDayAndTheGracePeriod() {
    let statuses = { (today: String) in progress([], today: today).installments[0].status }
    #expect(statuses("2027-01-31") == .upcoming)
    #expect(statuses("2027-02-01") == .dueToday)
    #expect(statuses("2027-02-02") == .late)
    #expect(statuses("2027-02-04") == .late)  // the third day of grace
    #expect(statuses("2027-02-05") == .missed)
    let part = progress([paid(10_000, on: "2027-02-01")], today: "2027-02-03")
    #expect(part.installments[0].status == .partPaid)
    #expect(part.installments[0].owed == gbp(15_000))
    let partMissed = progress([paid(10_000, on: "2027-02-01")], today: "2027-02-05")
    #expect(partMissed.installments[0].status == .missed)
  }

  @Test func onTimePaymentsKeepThePlanAndNeedNoStep() {
    let result = progress(
      [paid(25_000, on: "2027-02-01"), paid(25_000, on: "2027-03-02")], today: "2027-03-10")
    #expect(result.installments.map(\.status) == [.paid, .paid, .upcoming, .upcoming])
    #expect(
      result.installments.map(\.paidOn) == [date("2027-02-01"), date("2027-03-02"), nil, nil])
    #expect(result.nextStep == .none)
    #expect(result.isKept)
    #expect(result.next?.installment.number == 3)
    #expect(result.remaining == gbp(50_000))
  }

  @Test func oneMissAsksForACalmNudgeAndTwoInARowToRevisit() {
    let one = progress([paid(25_000, on: "2027-02-01")], today: "2027-03-05")
    #expect(one.installments.map(\.status) == [.paid, .missed, .upcoming, .upcoming])
    #expect(one.nextStep == .nudge(installment: 2))
    #expect(!one.isKept)

    let two = progress([paid(25_000, on: "2027-02-01")], today: "2027-04-06")
    #expect(two.nextStep == .revisitPlan(missed: [2, 3]))
    #expect(two.missed.map(\.installment.number) == [2, 3])
  }

  @Test func aLatePaymentCatchesUpTheEarliestMissedFirst() {
    let result = progress(
      [paid(25_000, on: "2027-02-01"), paid(25_000, on: "2027-04-02")], today: "2027-04-06")
    // The April payment pays March's installment; April's is now missed.
    #expect(result.installments.map(\.status) == [.paid, .paid, .missed, .upcoming])
    #expect(result.installments[1].wasPaidLate)
    #expect(result.nextStep == .nudge(installment: 3))
  }

  @Test func payingExtraPaysAheadAndFinishesEarly() {
    let ahead = progress([paid(60_000, on: "2027-02-01")], today: "2027-03-15")
    #expect(ahead.installments.map(\.status) == [.paid, .paid, .partPaid, .upcoming])
    #expect(ahead.installments[2].paid == gbp(10_000))
    #expect(ahead.nextStep == .none)

    let done = progress(
      [paid(60_000, on: "2027-02-01"), paid(40_000, on: "2027-03-01")], today: "2027-03-15")
    #expect(done.isComplete)
    #expect(done.nextStep == .complete)
    #expect(done.installments.last?.paidOn == date("2027-03-01"))
  }

  @Test func moreThanTheScheduleIsASurplusNotLost() {
    let result = progress([paid(120_000, on: "2027-02-01")], today: "2027-02-01")
    #expect(result.allocated == gbp(100_000))
    #expect(result.surplus == gbp(20_000))
    #expect(result.nextStep == .complete)
  }

  @Test func paymentsDatedAfterTodayAreNotCountedYet() {
    let result = progress([paid(25_000, on: "2027-02-10")], today: "2027-02-05")
    #expect(result.paid == gbp(0))
    #expect(result.installments[0].status == .missed)
  }

  @Test func theGracePeriodIsConfigurable() throws {
    let strict = try PlanTracker(graceDays: 0)
    let result = strict.progress(
      of: schedule, id: "plan-1", payments: [], today: date("2027-02-02"))
    #expect(result.installments[0].status == .missed)
    #expect(throws: PlanError.invalidGraceDays(61)) { try PlanTracker(graceDays: 61) }
    #expect(throws: PlanError.invalidGraceDays(-1)) { try PlanTracker(graceDays: -1) }
  }

  @Test func allocationLawsHoldForRandomSchedulesAndPayments() throws {
    var random = SeededGenerator(seed: 0x7A_C4)
    for index in 0..<3_000 {
      let first = Day.random(using: &random)
      let holidays = randomHolidays(around: first, using: &random)
      let schedule = try InstallmentSchedule.equal(
        balance: gbp(Int64.random(in: 100...10_000_000, using: &random)),
        count: Int.random(in: 1...12, using: &random),
        frequency: PlanFrequency.allCases.randomElement(using: &random) ?? .monthly,
        firstDue: first, holidays: holidays)
      let payments = (0..<Int.random(in: 0...10, using: &random)).map { _ in
        CaseEvent.PaymentReceived(
          amount: gbp(Int64.random(in: 1...(schedule.total.minorUnits / 2 + 1), using: &random)),
          on: first.randomLater(within: -20...400, using: &random))
      }
      let grace = Int.random(in: 0...10, using: &random)
      let today = first.randomLater(within: -30...420, using: &random)
      let result = try PlanTracker(graceDays: grace).progress(
        of: schedule, id: "p", payments: payments, today: today)
      let context = "case \(index): today \(today.iso), grace \(grace)"

      let counted = payments.filter { $0.on <= today }.map(\.amount.minorUnits).reduce(0, +)
      let allocated = result.installments.map(\.paid.minorUnits).reduce(0, +)
      #expect(result.paid.minorUnits == counted, "\(context)")
      #expect(allocated == min(counted, schedule.total.minorUnits), "\(context)")
      #expect(result.allocated.minorUnits == allocated)
      #expect(result.surplus.minorUnits == max(0, counted - schedule.total.minorUnits))

      // In order: fully paid installments, then at most one part-paid, then none.
      let paidUnits = result.installments.map(\.paid.minorUnits)
      let fullyPaid = result.installments.prefix { $0.paid == $0.installment.amount }.count
      #expect(paidUnits.dropFirst(fullyPaid + 1).allSatisfy { $0 == 0 }, "\(context)")

      for row in result.installments {
        let due = row.installment.due
        let full = row.paid == row.installment.amount
        let pastGrace = today > due.adding(days: grace)
        let expected: InstallmentStatus
        switch (full, pastGrace, row.paid.minorUnits > 0) {
        case (true, _, _): expected = .paid
        case (false, true, _): expected = .missed
        case (false, false, true): expected = .partPaid
        default: expected = today < due ? .upcoming : (today == due ? .dueToday : .late)
        }
        #expect(row.status == expected, "\(context): \(row)")
        #expect(
          row.paid.minorUnits >= 0 && row.paid.minorUnits <= row.installment.amount.minorUnits)
        #expect((row.paidOn != nil) == full)
      }

      // Missed installments are consecutive; the next step follows their count.
      let missed = result.missed.map(\.installment.number)
      #expect(missed == Array(missed.first.map { $0..<($0 + missed.count) } ?? 0..<0))
      switch result.nextStep {
      case .complete: #expect(allocated == schedule.total.minorUnits)
      case .none: #expect(missed.isEmpty && allocated < schedule.total.minorUnits)
      case .nudge(let number): #expect(missed == [number])
      case .revisitPlan(let numbers): #expect(numbers == missed && numbers.count >= 2)
      }
    }
  }
}
