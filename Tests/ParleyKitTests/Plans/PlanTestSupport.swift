import Testing

@testable import ParleyKit

/// The day written `iso` (`2027-01-31`); a typo records an issue and gives 1970-01-01.
func date(_ iso: String, sourceLocation: SourceLocation = #_sourceLocation) -> Day {
  guard let day = Day(iso: iso) else {
    Issue.record("bad test date \(iso)", sourceLocation: sourceLocation)
    return .unixEpoch
  }
  return day
}

/// The installments' due days as ISO strings, for readable expectations.
func dues(_ schedule: InstallmentSchedule) -> [String] {
  schedule.installments.map(\.due.iso)
}

/// The installments' amounts in minor units.
func amounts(_ schedule: InstallmentSchedule) -> [Int64] {
  schedule.installments.map(\.amount.minorUnits)
}

extension Day {
  /// A day from 2020 to 2040, chosen by `random`.
  static func random(using random: inout SeededGenerator) -> Day {
    let first = date("2020-01-01").daysSince1970
    let last = date("2040-12-31").daysSince1970
    return Day(daysSince1970: Int.random(in: first...last, using: &random)) ?? .unixEpoch
  }

  /// A day within `days` after this one, chosen by `random`.
  func randomLater(within days: ClosedRange<Int>, using random: inout SeededGenerator) -> Day {
    adding(days: Int.random(in: days, using: &random))
  }
}

/// About `perYear` random weekday holidays a year over the three years from
/// `around` minus a month, sometimes in runs of several days.
func randomHolidays(
  around start: Day, perYear: Int = 10, using random: inout SeededGenerator
) -> Set<Day> {
  var holidays: Set<Day> = []
  let origin = start.adding(days: -31)
  for _ in 0..<(perYear * 3) {
    let first = origin.adding(days: Int.random(in: 0..<(3 * 365), using: &random))
    let run =
      Int.random(in: 1...10, using: &random) == 1 ? Int.random(in: 2...6, using: &random) : 1
    for offset in 0..<run { holidays.insert(first.adding(days: offset)) }
  }
  return holidays
}

/// Checks the laws every schedule keeps; returns false (after recording
/// issues) when one breaks, so a loop can stop at the first bad seed.
@discardableResult
func expectScheduleLaws(
  _ schedule: InstallmentSchedule, balance: Money, holidays: Set<Day>, context: String,
  sourceLocation: SourceLocation = #_sourceLocation
) -> Bool {
  var ok = true
  func check(_ condition: Bool, _ law: String) {
    if !condition {
      Issue.record("\(context): \(law)\n\(schedule.installments)", sourceLocation: sourceLocation)
      ok = false
    }
  }
  let units = amounts(schedule)
  check(units.reduce(0, +) == balance.minorUnits, "the installments must sum to \(balance)")
  check(schedule.total == balance, "total must be the balance")
  check(units.allSatisfy { $0 > 0 }, "every installment must be more than zero")
  check(
    schedule.installments.allSatisfy { $0.amount.currency == balance.currency },
    "every installment must be in \(balance.currency)")
  check(
    zip(schedule.installments, schedule.installments.dropFirst()).allSatisfy { $0.due < $1.due },
    "due days must strictly increase")
  check(
    schedule.installments.allSatisfy { $0.due.isBusinessDay(holidays: holidays) },
    "every due day must be a business day")
  check(
    schedule.installments.map(\.number) == Array(1...schedule.installments.count),
    "installments must be numbered from 1")
  return ok
}

/// Holidays where monthly dates get into trouble: runs of 1 to 4 days that
/// end a month, start one, or span the turn (as Christmas and New Year do),
/// in about half the months of the three years from `around` minus a month.
func monthEndHolidays(around start: Day, using random: inout SeededGenerator) -> Set<Day> {
  var holidays: Set<Day> = []
  var month = start.adding(days: -31).startOfMonth
  for _ in 0..<37 {
    if Bool.random(using: &random) {
      let run = Int.random(in: 1...4, using: &random)
      let from = month.endOfMonth.adding(days: Int.random(in: (1 - run)...1, using: &random))
      for offset in 0..<run { holidays.insert(from.adding(days: offset)) }
    }
    month = month.endOfMonth.adding(days: 1)
  }
  return holidays
}

/// A day late or early in a month (the 26th to the 3rd), where clamping and
/// rolling to a business day can push a monthly date across a month's end.
func randomMonthTurn(using random: inout SeededGenerator) -> Day {
  let day = Day.random(using: &random)
  let turn = day.endOfMonth.adding(days: Int.random(in: -5...3, using: &random))
  return turn
}

/// The month a day falls in, counted from year 0: consecutive months differ by 1.
func monthNumber(_ day: Day) -> Int { day.year * 12 + day.month - 1 }

/// Checks that a monthly schedule's regular installments (those after any
/// deposit) fall one per calendar month, in consecutive months; returns
/// false (after recording an issue) when they do not.
@discardableResult
func expectOnePerCalendarMonth(
  _ schedule: InstallmentSchedule, context: String,
  sourceLocation: SourceLocation = #_sourceLocation
) -> Bool {
  let months = schedule.regularInstallments.map { monthNumber($0.due) }
  guard let first = months.first else { return true }
  guard months == Array(first..<(first + months.count)) else {
    let days = schedule.installments.map(\.due.iso)
    Issue.record(
      "\(context): monthly installments must fall one per calendar month\n\(days)",
      sourceLocation: sourceLocation)
    return false
  }
  return true
}
