import Foundation
import Testing

@testable import ParleyKit

@Suite("InstallmentSchedule: shapes with exact values")
struct InstallmentScheduleTests {
  @Test func aThousandPoundsInThreeMonthlyPutsThePennyOnTheLast() throws {
    let schedule = try InstallmentSchedule.equal(
      balance: gbp(100_000), count: 3, frequency: .monthly, firstDue: date("2027-02-01"))
    #expect(amounts(schedule) == [33_333, 33_333, 33_334])
    #expect(dues(schedule) == ["2027-02-01", "2027-03-01", "2027-04-01"])
    #expect(schedule.remainder == ScheduleRemainder(amount: gbp(1), absorbedBy: [3]))
    #expect(schedule.kind == .equal)
    #expect(schedule.frequency == .monthly)
    #expect(!schedule.hasDeposit)
    #expect(schedule.finish == date("2027-04-01"))
  }

  @Test func anEvenSplitRecordsNoRemainder() throws {
    let schedule = try InstallmentSchedule.equal(
      balance: gbp(90_000), count: 3, frequency: .weekly, firstDue: date("2027-02-01"))
    #expect(amounts(schedule) == [30_000, 30_000, 30_000])
    #expect(schedule.remainder == nil)
  }

  @Test(
    arguments: [
      (RemainderPlacement.last, [166, 166, 166, 166, 166, 170], [6]),
      (.first, [170, 166, 166, 166, 166, 166], [1]),
      (.spreadFromFirst, [167, 167, 167, 167, 166, 166], [1, 2, 3, 4]),
      (.spreadFromLast, [166, 166, 167, 167, 167, 167], [3, 4, 5, 6]),
    ] as [(RemainderPlacement, [Int64], [Int])])
  func theRemainderRecordNamesTheInstallmentsThatAbsorbedIt(
    placement: RemainderPlacement, expected: [Int64], absorbedBy: [Int]
  ) throws {
    let schedule = try InstallmentSchedule.equal(
      balance: gbp(1_000), count: 6, frequency: .weekly, firstDue: date("2027-02-01"),
      remainder: placement)
    #expect(amounts(schedule) == expected)
    #expect(schedule.remainder == ScheduleRemainder(amount: gbp(4), absorbedBy: absorbedBy))
  }

  @Test func monthlyFromThe31stIsAnchoredClampedAndRolledToBusinessDays() throws {
    let first = date("2027-01-31")
    let nominal = (0..<4).compactMap { PlanFrequency.monthly.nominalDay($0, from: first) }
    #expect(nominal.map(\.iso) == ["2027-01-31", "2027-02-28", "2027-03-31", "2027-04-30"])
    // 31 Jan and 28 Feb 2027 are Sundays whose Mondays are in the next
    // month: each moves back to the Friday, so no month gets two.
    let schedule = try InstallmentSchedule.equal(
      balance: gbp(40_000), count: 4, frequency: .monthly, firstDue: first)
    #expect(dues(schedule) == ["2027-01-29", "2027-02-26", "2027-03-31", "2027-04-30"])
  }

  @Test func theDocumentedExampleKeepsOneInstallmentEachMonth() throws {
    // From the doc comment of `equal`: Friday 29 January 2027, 3 monthly.
    let schedule = try InstallmentSchedule.equal(
      balance: gbp(100_000), count: 3, frequency: .monthly, firstDue: date("2027-01-29"))
    #expect(dues(schedule) == ["2027-01-29", "2027-02-26", "2027-03-29"])
    #expect(amounts(schedule) == [33_333, 33_333, 33_334])
  }

  @Test func monthlyFromTheEndOfNovemberNeverSkipsJanuaryOrDoublesMarch() throws {
    // Christmas, the Boxing Day substitute and New Year's Day 2026-27. 30 Jan
    // 2027 is a Saturday and 28 Feb a Sunday: rolled forward they would land
    // on 1 Feb and 1 Mar, leaving January empty and March with two.
    let holidays: Set = [date("2026-12-25"), date("2026-12-28"), date("2027-01-01")]
    let schedule = try InstallmentSchedule.equal(
      balance: gbp(50_000), count: 5, frequency: .monthly, firstDue: date("2026-11-30"),
      holidays: holidays)
    #expect(
      dues(schedule) == ["2026-11-30", "2026-12-30", "2027-01-29", "2027-02-26", "2027-03-30"])
  }

  @Test func aBankHolidayOnTheLastDayOfAMonthMovesBackWithinIt() throws {
    // The spring and summer bank holidays of 2027 are Monday 31 May and
    // Monday 30 August; the Tuesdays after are in the next month.
    let holidays: Set = [date("2027-05-31"), date("2027-08-30")]
    let days = try PlanFrequency.monthly.dueDays(
      count: 4, from: date("2027-05-31"), holidays: holidays)
    #expect(days.map(\.iso) == ["2027-05-28", "2027-06-30", "2027-07-30", "2027-08-31"])
    let fromThe30th = try PlanFrequency.monthly.dueDays(
      count: 2, from: date("2027-07-30"), holidays: holidays)
    #expect(fromThe30th.map(\.iso) == ["2027-07-30", "2027-08-31"])
  }

  @Test func aLeapFebruaryKeepsThe29th() throws {
    let schedule = try InstallmentSchedule.equal(
      balance: gbp(30_000), count: 3, frequency: .monthly, firstDue: date("2028-01-31"))
    #expect(dues(schedule) == ["2028-01-31", "2028-02-29", "2028-03-31"])
  }

  @Test func weekendsAndHolidaysMoveToTheNextBusinessDay() throws {
    // Christmas 2026 is a Friday, with the Boxing Day holiday on Monday 28.
    let holidays: Set = [date("2026-12-25"), date("2026-12-28"), date("2027-01-01")]
    let schedule = try InstallmentSchedule.equal(
      balance: gbp(30_000), count: 3, frequency: .weekly, firstDue: date("2026-12-25"),
      holidays: holidays)
    #expect(dues(schedule) == ["2026-12-29", "2027-01-04", "2027-01-08"])
  }

  @Test func aRunOfHolidaysNeverLetsTwoInstallmentsShareADay() throws {
    // Every weekday from Mon 7 to Mon 14 Dec 2026 is a holiday: both the
    // first and second nominal dates roll to Tue 15; the second moves on.
    let holidays = Set((0...7).map { date("2026-12-07").adding(days: $0) })
    let days = try PlanFrequency.weekly.dueDays(
      count: 3, from: date("2026-12-07"), holidays: holidays)
    #expect(days.map(\.iso) == ["2026-12-15", "2026-12-16", "2026-12-21"])
  }

  @Test func fortnightlyStepsFourteenDays() throws {
    let schedule = try InstallmentSchedule.equal(
      balance: gbp(30_000), count: 3, frequency: .fortnightly, firstDue: date("2027-02-01"))
    #expect(dues(schedule) == ["2027-02-01", "2027-02-15", "2027-03-01"])
  }

  @Test func aDepositComesFirstAndTheRestIsSplit() throws {
    let schedule = try InstallmentSchedule.equal(
      balance: gbp(100_000), count: 7, frequency: .monthly, firstDue: date("2027-02-08"),
      deposit: Deposit(amount: gbp(10_000), due: date("2027-01-08")))
    #expect(amounts(schedule) == [10_000, 12_857, 12_857, 12_857, 12_857, 12_857, 12_857, 12_858])
    #expect(schedule.hasDeposit)
    #expect(schedule.deposit?.amount == gbp(10_000))
    #expect(schedule.regularInstallments.count == 7)
    // The remainder record counts the deposit: the penny is on installment 8.
    #expect(schedule.remainder == ScheduleRemainder(amount: gbp(1), absorbedBy: [8]))
    #expect(dues(schedule).prefix(3) == ["2027-01-08", "2027-02-08", "2027-03-08"])
  }

  @Test func graduatedGrowsGentlyByDefault() throws {
    let schedule = try InstallmentSchedule.graduated(
      balance: gbp(100_000), count: 3, frequency: .monthly, firstDue: date("2027-02-01"))
    // Weights 3 : 4 : 5, shares rounded down, the penny left on the last.
    #expect(amounts(schedule) == [25_000, 33_333, 41_667])
    #expect(schedule.remainder == ScheduleRemainder(amount: gbp(1), absorbedBy: [3]))
    #expect(schedule.kind == .graduated)
  }

  @Test func graduatedTakesWeights() throws {
    let schedule = try InstallmentSchedule.graduated(
      balance: gbp(100_000), count: 3, frequency: .monthly, firstDue: date("2027-02-01"),
      weights: [1, 1, 2])
    #expect(amounts(schedule) == [25_000, 25_000, 50_000])
    #expect(schedule.remainder == nil)
  }

  @Test func aBalloonTakesTheRestAtTheEnd() throws {
    let schedule = try InstallmentSchedule.balloon(
      balance: gbp(300_000), regular: gbp(50_000), count: 4, frequency: .monthly,
      firstDue: date("2027-02-01"))
    #expect(amounts(schedule) == [50_000, 50_000, 50_000, 150_000])
    #expect(schedule.kind == .balloon)
  }

  @Test func aRegularAmountLeavesASmallerLastInstallment() throws {
    let schedule = try InstallmentSchedule.regular(
      balance: gbp(100_000), amount: gbp(30_000), frequency: .monthly, firstDue: date("2027-02-01"))
    #expect(amounts(schedule) == [30_000, 30_000, 30_000, 10_000])
    let exact = try InstallmentSchedule.regular(
      balance: gbp(90_000), amount: gbp(30_000), frequency: .monthly, firstDue: date("2027-02-01"))
    #expect(amounts(exact) == [30_000, 30_000, 30_000])
  }

  @Test func aCustomScheduleRollsWeekendsAndKeepsTheAmounts() throws {
    let schedule = try InstallmentSchedule.custom(
      balance: gbp(100_000),
      installments: [
        (date("2027-01-08"), gbp(40_000)), (date("2027-01-31"), gbp(35_000)),
        (date("2027-03-15"), gbp(25_000)),
      ])
    #expect(dues(schedule) == ["2027-01-08", "2027-02-01", "2027-03-15"])
    #expect(amounts(schedule) == [40_000, 35_000, 25_000])
    #expect(schedule.kind == .custom)
    #expect(schedule.frequency == nil)
  }

  @Test func amountDueCountsInstallmentsOnOrBeforeADay() throws {
    let schedule = try InstallmentSchedule.equal(
      balance: gbp(100_000), count: 3, frequency: .monthly, firstDue: date("2027-02-01"))
    #expect(schedule.amountDue(onOrBefore: date("2027-01-31")) == gbp(0))
    #expect(schedule.amountDue(onOrBefore: date("2027-03-01")) == gbp(66_666))
    #expect(schedule.amountDue(onOrBefore: date("2027-12-31")) == gbp(100_000))
  }

  @Test func aScheduleSurvivesTheJournalAndABadOneIsRefused() throws {
    let schedule = try InstallmentSchedule.equal(
      balance: gbp(100_000), count: 3, frequency: .monthly, firstDue: date("2027-02-01"),
      deposit: Deposit(amount: gbp(1_000), due: date("2027-01-15")))
    let data = try JSONEncoder().encode(schedule)
    #expect(try JSONDecoder().decode(InstallmentSchedule.self, from: data) == schedule)

    let text = try #require(String(data: data, encoding: .utf8))
    let swapped = text.replacingOccurrences(of: "2027-01-15", with: "2027-09-01")
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode(InstallmentSchedule.self, from: Data(swapped.utf8))
    }
  }
}
