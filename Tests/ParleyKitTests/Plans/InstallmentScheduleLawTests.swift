import Foundation
import Testing

@testable import ParleyKit

@Suite("InstallmentSchedule: laws over thousands of random schedules")
struct InstallmentScheduleLawTests {
  /// A random shape, balance, start and holidays; nil when the builder
  /// refuses the inputs (too little to split, too many installments).
  struct Case {
    let balance: Money
    let holidays: Set<Day>
    let build: () throws(PlanError) -> InstallmentSchedule
    let describe: String
  }

  static func randomCase(using random: inout SeededGenerator) -> Case {
    let currency = Currency.random(using: &random)
    let balance = Money(
      minorUnits: Int64.random(in: 1...5_000_000_00, using: &random), currency: currency)
    let first = Day.random(using: &random)
    let holidays = randomHolidays(around: first, using: &random)
    let frequency = PlanFrequency.allCases.randomElement(using: &random) ?? .monthly
    let count = Int.random(in: 1...36, using: &random)
    let placement = RemainderPlacement.allCases.randomElement(using: &random) ?? .last
    var deposit: Deposit?
    if Bool.random(using: &random), balance.minorUnits > 1 {
      deposit = Deposit(
        amount: Money(
          minorUnits: Int64.random(in: 1..<balance.minorUnits, using: &random),
          currency: currency),
        due: first.adding(days: -Int.random(in: 1...30, using: &random)))
    }
    let describe =
      "\(balance) ×\(count) \(frequency) from \(first.iso), deposit \(String(describing: deposit))"
    switch Int.random(in: 0..<5, using: &random) {
    case 0:
      return Case(
        balance: balance, holidays: holidays,
        build: { () throws(PlanError) in
          try .equal(
            balance: balance, count: count, frequency: frequency, firstDue: first,
            deposit: deposit, holidays: holidays, remainder: placement)
        }, describe: "equal " + describe)
    case 1:
      return Case(
        balance: balance, holidays: holidays,
        build: { () throws(PlanError) in
          try .graduated(
            balance: balance, count: count, frequency: frequency, firstDue: first,
            deposit: deposit, holidays: holidays, remainder: placement)
        }, describe: "graduated " + describe)
    case 2:
      let regular = Money(
        minorUnits: max(1, balance.minorUnits / Int64(Int.random(in: 2...40, using: &random))),
        currency: currency)
      return Case(
        balance: balance, holidays: holidays,
        build: { () throws(PlanError) in
          try .balloon(
            balance: balance, regular: regular, count: max(2, count), frequency: frequency,
            firstDue: first, deposit: deposit, holidays: holidays)
        }, describe: "balloon of \(regular) " + describe)
    case 3:
      let amount = Money(
        minorUnits: max(1, balance.minorUnits / Int64(Int.random(in: 1...40, using: &random))),
        currency: currency)
      return Case(
        balance: balance, holidays: holidays,
        build: { () throws(PlanError) in
          try .regular(
            balance: balance, amount: amount, frequency: frequency, firstDue: first,
            deposit: deposit, holidays: holidays)
        }, describe: "regular \(amount) " + describe)
    default:
      var days: [Day] = []
      var next = first
      var parts: [Int] = []
      for _ in 0..<count {
        days.append(next)
        next = next.adding(days: Int.random(in: 3...40, using: &random))
        parts.append(Int.random(in: 1...100, using: &random))
      }
      let split = (try? balance.split(proportionally: parts)) ?? []
      let installments = zip(days, split).filter { $0.1.minorUnits > 0 }.map {
        (due: $0.0, amount: $0.1)
      }
      return Case(
        balance: balance, holidays: holidays,
        build: { () throws(PlanError) in
          try .custom(balance: balance, installments: installments, holidays: holidays)
        }, describe: "custom " + describe)
    }
  }

  @Test func everyScheduleSumsExactlyIncreasesAndFallsOnBusinessDays() {
    var random = SeededGenerator(seed: 0x5C4E_D01E)
    var built = 0
    var refused = 0
    for index in 0..<5_000 {
      let law = Self.randomCase(using: &random)
      let schedule: InstallmentSchedule
      do {
        schedule = try law.build()
      } catch {
        // Refusals are allowed only for inputs the laws cannot hold for.
        switch error {
        case .installmentsTooSmall, .regularTooLarge, .tooManyInstallments,
          .datesCollideAfterRolling:
          refused += 1
          continue
        default:
          Issue.record("case \(index) (\(law.describe)) refused: \(error)")
          return
        }
      }
      built += 1
      guard
        expectScheduleLaws(
          schedule, balance: law.balance, holidays: law.holidays,
          context: "case \(index): \(law.describe)")
      else { return }
    }
    // The laws must have been tried on most cases, not refused away.
    #expect(built > 4_000, "only \(built) built, \(refused) refused")
  }

  @Test func theRemainderRecordAccountsForTheWholeLeftover() throws {
    var random = SeededGenerator(seed: 31)
    for _ in 0..<3_000 {
      let balance = gbp(Int64.random(in: 1...10_000_000, using: &random))
      let count = Int.random(in: 1...24, using: &random)
      guard balance.minorUnits >= Int64(count) else { continue }
      let placement = RemainderPlacement.allCases.randomElement(using: &random) ?? .last
      let schedule = try InstallmentSchedule.equal(
        balance: balance, count: count, frequency: .weekly, firstDue: date("2027-02-01"),
        remainder: placement)
      let share = balance.minorUnits / Int64(count)
      let leftover = balance.minorUnits % Int64(count)
      let record = schedule.remainder
      #expect((record?.amount.minorUnits ?? 0) == leftover)
      // Exactly the installments named carry more than the share.
      let above = schedule.installments.filter { $0.amount.minorUnits > share }.map(\.number)
      #expect((record?.absorbedBy ?? []) == above)
      if placement == .last, leftover > 0 { #expect(record?.absorbedBy == [count]) }
    }
  }

  @Test func graduatedAmountsNeverShrink() throws {
    var random = SeededGenerator(seed: 77)
    for _ in 0..<2_000 {
      let count = Int.random(in: 2...24, using: &random)
      let balance = gbp(Int64.random(in: Int64(count * count * 4)...50_000_000, using: &random))
      let schedule = try InstallmentSchedule.graduated(
        balance: balance, count: count, frequency: .monthly, firstDue: date("2027-02-01"))
      let units = amounts(schedule)
      #expect(zip(units, units.dropFirst()).allSatisfy { $0 <= $1 }, "\(units)")
      #expect(units.first ?? 0 < units.last ?? 0)
    }
  }

  @Test func monthlyDatesKeepTheAnchorDayClampedToShortMonths() {
    var random = SeededGenerator(seed: 12)
    for _ in 0..<2_000 {
      let first = Day.random(using: &random)
      for index in 0..<24 {
        guard let nominal = PlanFrequency.monthly.nominalDay(index, from: first) else {
          Issue.record("no date \(index) months from \(first.iso)")
          return
        }
        let expectedDay = min(first.day, Day.daysIn(month: nominal.month, year: nominal.year))
        #expect(nominal.day == expectedDay, "\(first.iso) + \(index) months gave \(nominal.iso)")
        let months = (nominal.year - first.year) * 12 + nominal.month - first.month
        #expect(months == index)
      }
    }
  }

  @Test func weeklyAndFortnightlyDueDaysStayWithinTheirRollOfTheNominalDay() throws {
    var random = SeededGenerator(seed: 4)
    for _ in 0..<1_000 {
      let first = Day.random(using: &random)
      let holidays = randomHolidays(around: first, using: &random)
      for frequency in [PlanFrequency.weekly, .fortnightly] {
        let dues = try frequency.dueDays(count: 20, from: first, holidays: holidays)
        for (index, due) in dues.enumerated() {
          let nominal = first.adding(days: (frequency == .weekly ? 7 : 14) * index)
          #expect(due >= nominal)
          // Only a weekend or a holiday (or one that pushed the date before) moves it.
          if nominal.isBusinessDay(holidays: holidays), index == 0 || dues[index - 1] < nominal {
            #expect(due == nominal)
          }
        }
      }
    }
  }

  @Test func monthlyDueDaysFallOnePerCalendarMonthWhateverTheRolling() throws {
    var random = SeededGenerator(seed: 0x30_31_D4_75)
    for index in 0..<3_000 {
      let first = randomMonthTurn(using: &random)
      let holidays = randomHolidays(around: first, using: &random).union(
        monthEndHolidays(around: first, using: &random))
      let count = Int.random(in: 1...36, using: &random)
      let context = "case \(index): \(count) monthly from \(first.iso)"
      let days = try PlanFrequency.monthly.dueDays(count: count, from: first, holidays: holidays)
      // A date moves only off a weekend or holiday: to the next business
      // day, or to the last one before it when the next is in another month.
      let expected = try (0..<count).map { offset in
        let nominal = try #require(PlanFrequency.monthly.nominalDay(offset, from: first))
        let forward = nominal.rolledForwardToBusinessDay(holidays: holidays)
        return monthNumber(forward) == monthNumber(nominal)
          ? forward : nominal.rolledBackToBusinessDay(holidays: holidays)
      }
      // So there is one per calendar month, in consecutive months from the first's own.
      let months = days.map(monthNumber)
      guard days == expected,
        months == Array(monthNumber(first)..<(monthNumber(first) + count)),
        days.allSatisfy({ $0.isBusinessDay(holidays: holidays) })
      else {
        Issue.record("\(context): \(days.map(\.iso)), expected \(expected.map(\.iso))")
        return
      }
      // The series up to a day agrees with the counted one.
      let last = try #require(days.last)
      let through = try PlanFrequency.monthly.dueDays(
        from: first, through: last, maximum: count, holidays: holidays)
      #expect(through == days, "\(context)")
    }
  }

  @Test func everyMonthlyScheduleHasOneInstallmentPerCalendarMonth() {
    var random = SeededGenerator(seed: 0x3_0D_A7_E5)
    var built = 0
    for index in 0..<3_000 {
      let currency = Currency.random(using: &random)
      let balance = Money(
        minorUnits: Int64.random(in: 100...5_000_000_00, using: &random), currency: currency)
      let first = randomMonthTurn(using: &random)
      let holidays = randomHolidays(around: first, using: &random).union(
        monthEndHolidays(around: first, using: &random))
      let count = Int.random(in: 1...36, using: &random)
      var deposit: Deposit?
      if Bool.random(using: &random) {
        deposit = Deposit(
          amount: Money(
            minorUnits: Int64.random(in: 1..<balance.minorUnits, using: &random),
            currency: currency),
          due: first.adding(days: -Int.random(in: 1...45, using: &random)))
      }
      let regular = Money(
        minorUnits: max(1, balance.minorUnits / Int64(count + 1)), currency: currency)
      let context =
        "case \(index): \(balance) ×\(count) monthly from \(first.iso), "
        + "deposit \(String(describing: deposit))"
      let schedule: InstallmentSchedule
      do throws(PlanError) {
        switch Int.random(in: 0..<4, using: &random) {
        case 0:
          schedule = try .equal(
            balance: balance, count: count, frequency: .monthly, firstDue: first,
            deposit: deposit, holidays: holidays)
        case 1:
          schedule = try .graduated(
            balance: balance, count: count, frequency: .monthly, firstDue: first,
            deposit: deposit, holidays: holidays)
        case 2:
          schedule = try .balloon(
            balance: balance, regular: regular, count: max(2, count), frequency: .monthly,
            firstDue: first, deposit: deposit, holidays: holidays)
        default:
          schedule = try .regular(
            balance: balance, amount: regular, frequency: .monthly, firstDue: first,
            deposit: deposit, holidays: holidays)
        }
      } catch {
        switch error {
        case .installmentsTooSmall, .regularTooLarge, .tooManyInstallments: continue
        default:
          Issue.record("\(context) refused: \(error)")
          return
        }
      }
      built += 1
      guard
        expectScheduleLaws(schedule, balance: balance, holidays: holidays, context: context),
        expectOnePerCalendarMonth(schedule, context: context)
      else { return }
    }
    #expect(built > 2_500, "only \(built) built")
  }

  @Test func schedulesSurviveTheJournalUnchanged() throws {
    var random = SeededGenerator(seed: 99)
    for _ in 0..<500 {
      let law = Self.randomCase(using: &random)
      guard let schedule = try? law.build() else { continue }
      let decoded = try JSONDecoder().decode(
        InstallmentSchedule.self, from: JSONEncoder().encode(schedule))
      #expect(decoded == schedule)
    }
  }
}
