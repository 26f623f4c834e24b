import Testing

@testable import ParleyKit

/// SplitMix64: a small seeded generator, so every run checks the same days.
private struct SplitMix64: RandomNumberGenerator {
  var state: UInt64

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var mixed = state
    mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
    mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
    return mixed ^ (mixed >> 31)
  }
}

/// The first and last day parley handles, as days since 1970.
private let firstDay = Day(validYear: 1, month: 1, day: 1).daysSince1970
private let lastDay = Day(validYear: 9999, month: 12, day: 31).daysSince1970

/// `count` days drawn from years 1800 to 2400, the same every run.
private func sampleDays(_ count: Int, seed: UInt64) -> [Day] {
  var generator = SplitMix64(state: seed)
  let low = Day(validYear: 1800, month: 1, day: 1).daysSince1970
  let high = Day(validYear: 2400, month: 12, day: 31).daysSince1970
  return (0..<count).compactMap { _ in
    Day(daysSince1970: Int.random(in: low...high, using: &generator))
  }
}

/// A holiday set with no two holidays within 3 days of each other, so no run of
/// days off (holidays plus a weekend) is longer than 3.
private func sparseHolidays(around days: [Day], seed: UInt64) -> Set<Day> {
  var generator = SplitMix64(state: seed)
  var holidays: Set<Day> = []
  for day in days {
    let candidate = day.adding(days: Int.random(in: 0...6, using: &generator))
    let nearby = (-3...3).map { candidate.adding(days: $0) }
    if nearby.allSatisfy({ !holidays.contains($0) }) { holidays.insert(candidate) }
  }
  return holidays
}

@Suite("Calendar laws over thousands of days")
struct CalendarLawTests {
  @Test("every day from 1 January 1 to 31 December 9999 is one day after the one before")
  func daysAreContiguous() throws {
    var previous = try #require(Day(daysSince1970: firstDay))
    #expect(previous == Day(validYear: 1, month: 1, day: 1))
    #expect(previous.weekday == .monday)
    // Plain checks in the loop, one recorded issue at most: 3.65 million days.
    for offset in (firstDay + 1)...lastDay {
      let day = try #require(Day(daysSince1970: offset), "no day \(offset)")
      let followsInMonth =
        day.year == previous.year && day.month == previous.month && day.day == previous.day + 1
      let startsNextMonth =
        day.day == 1 && previous == previous.endOfMonth
        && day.month == previous.month % 12 + 1
        && day.year == previous.year + (previous.month == 12 ? 1 : 0)
      let weekdayFollows = day.weekday.rawValue == previous.weekday.rawValue % 7 + 1
      guard (followsInMonth || startsNextMonth) && weekdayFollows && day.daysSince1970 == offset
      else {
        Issue.record(
          "\(previous.iso) (\(previous.weekday)) is followed by \(day.iso) (\(day.weekday))")
        return
      }
      previous = day
    }
    #expect(previous == Day(validYear: 9999, month: 12, day: 31))
    #expect(Day(daysSince1970: firstDay - 1) == nil)
    #expect(Day(daysSince1970: lastDay + 1) == nil)
  }

  @Test("daysSince1970 and iso round-trip")
  func roundTrips() {
    for day in sampleDays(5000, seed: 1) {
      #expect(Day(daysSince1970: day.daysSince1970) == day)
      #expect(Day(iso: day.iso) == day)
    }
  }

  @Test("ordering agrees with daysSince1970")
  func orderingAgrees() {
    let days = sampleDays(4000, seed: 2)
    for (first, second) in zip(days, days.dropFirst()) {
      #expect((first < second) == (first.daysSince1970 < second.daysSince1970))
      #expect((first == second) == (first.daysSince1970 == second.daysSince1970))
    }
  }

  @Test("adding(days:) then days(since:) gives back n, and weekdays cycle every 7 days")
  func addingDaysRoundTrips() {
    var generator = SplitMix64(state: 3)
    for day in sampleDays(5000, seed: 3) {
      let n = Int.random(in: -40_000...40_000, using: &generator)
      let later = day.adding(days: n)
      #expect(later.days(since: day) == n)
      #expect(later.adding(days: -n) == day)
      #expect(day.adding(weeks: n).weekday == day.weekday)
    }
  }

  @Test("adding(months:) moves the month exactly and clamps the day only when it must")
  func addingMonthsClamps() {
    var generator = SplitMix64(state: 4)
    for day in sampleDays(5000, seed: 4) {
      let n = Int.random(in: -600...600, using: &generator)
      let moved = day.adding(months: n)
      let monthsMoved = (moved.year * 12 + moved.month) - (day.year * 12 + day.month)
      let length = Day.daysIn(month: moved.month, year: moved.year)
      #expect(monthsMoved == n, "\(day.iso) + \(n) months = \(moved.iso)")
      #expect(moved.day == min(day.day, length), "\(day.iso) + \(n) months = \(moved.iso)")
      if moved.day == day.day { #expect(moved.adding(months: -n) == day) }
      #expect(day.adding(years: n / 12) == day.adding(months: n / 12 * 12))
    }
  }

  @Test("a series anchored on a day is the same whether built in steps or from the start")
  func anchoredSeries() {
    var generator = SplitMix64(state: 5)
    for start in sampleDays(1000, seed: 5) {
      var stepped = start
      for k in 1...Int.random(in: 1...30, using: &generator) {
        stepped = stepped.addingMonths(1, anchoredTo: start.day)
        #expect(stepped == start.adding(months: k), "\(start.iso) + \(k) months")
      }
    }
  }

  @Test("rolling forward lands on a business day within the week, never before the input")
  func rollForward() {
    let days = sampleDays(5000, seed: 6)
    let holidays = sparseHolidays(around: days, seed: 7)
    for day in days {
      let rolled = day.rolledForwardToBusinessDay(holidays: holidays)
      #expect(rolled.isBusinessDay(holidays: holidays))
      #expect(!rolled.isWeekend && !holidays.contains(rolled))
      #expect(rolled >= day && rolled < day.adding(days: 7), "\(day.iso) rolled to \(rolled.iso)")
      #expect((rolled == day) == day.isBusinessDay(holidays: holidays))
      var between = day
      while between < rolled {
        #expect(!between.isBusinessDay(holidays: holidays))
        between = between.adding(days: 1)
      }
      let back = day.rolledBackToBusinessDay(holidays: holidays)
      #expect(back.isBusinessDay(holidays: holidays) && back <= day)
    }
  }

  @Test("businessDays(until:) counts what a day-by-day walk counts, and undoes adding")
  func businessDayCounting() {
    var generator = SplitMix64(state: 8)
    let days = sampleDays(2000, seed: 9)
    let holidays = sparseHolidays(around: days, seed: 10)
    for day in days {
      let end = day.adding(days: Int.random(in: -60...60, using: &generator))
      var walked = 0
      var cursor = min(day, end)
      while cursor <= max(day, end) {
        let inRange = end >= day ? cursor > day : cursor < day
        if inRange && cursor.isBusinessDay(holidays: holidays) { walked += 1 }
        cursor = cursor.adding(days: 1)
      }
      #expect(day.businessDays(until: end, holidays: holidays) == (end >= day ? walked : -walked))

      let n = Int.random(in: -40...40, using: &generator)
      let moved = day.adding(businessDays: n, holidays: holidays)
      #expect(day.businessDays(until: moved, holidays: holidays) == n, "\(day.iso) + \(n)")
      #expect(n == 0 ? moved == day : moved.isBusinessDay(holidays: holidays))
    }
  }

  @Test(
    "every day from 1900 to 2200 parses back from its ISO form, its words, its short form and its numbers"
  )
  func parserRoundTrips() throws {
    let today = Day(validYear: 2026, month: 11, day: 29)
    for day in sampleDays(2000, seed: 11) where DayParser.sensibleYears.contains(day.year) {
      func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
      let dayFirst = "\(two(day.day))/\(two(day.month))/\(day.year)"
      let monthFirst = "\(two(day.month))/\(two(day.day))/\(day.year)"
      let shouldBeAmbiguous = day.day <= 12 && day.day != day.month
      for (text, order) in [
        (day.iso, DateOrder.dayFirst), (day.inWords, .monthFirst), (day.short, .dayFirst),
        (dayFirst, .dayFirst), (monthFirst, .monthFirst),
      ] {
        let parsed = try DayParser.parse(text, today: today, order: order)
        #expect(parsed.day == day, "'\(text)'")
        #expect(parsed.inWords == day.inWords)
      }
      #expect(
        try DayParser.parse(dayFirst, today: today, order: .dayFirst).isAmbiguous
          == shouldBeAmbiguous)
      #expect(try !DayParser.parse(day.iso, today: today, order: .monthFirst).isAmbiguous)
    }
  }

  @Test("a year-less date is the next such day on or after today")
  func yearlessIsNextOccurrence() throws {
    for today in sampleDays(500, seed: 12)
    where DayParser.sensibleYears.contains(today.adding(days: 400).year)
      && DayParser.sensibleYears.contains(today.year)
    {
      for target in [today, today.adding(days: 1), today.adding(days: -1), today.adding(days: 200)]
      where !(target.month == 2 && target.day == 29) {
        let text = "\(target.day) \(target.monthName)"
        let parsed = try DayParser.parse(text, today: today, order: .dayFirst)
        #expect(parsed.day >= today && parsed.day < today.adding(years: 1).adding(days: 1))
        #expect(parsed.day.month == target.month && parsed.day.day == target.day)
      }
    }
  }

  @Test("local days stay within a day of the UTC day, on the right side of it")
  func localDaysNearUTC() {
    var generator = SplitMix64(state: 13)
    for _ in 0..<2000 {
      let seconds = Int64.random(in: 0...4_102_444_800, using: &generator)  // 1970...2100
      let utc = Timestamp(secondsSince1970: seconds, timeZoneID: "UTC")
      let london = Timestamp(secondsSince1970: seconds, timeZoneID: "Europe/London")
      let losAngeles = Timestamp(secondsSince1970: seconds, timeZoneID: "America/Los_Angeles")
      #expect(utc.localDay == utc.utcDay)
      #expect([0, 1].contains(london.localDay.days(since: utc.utcDay)))
      #expect([0, -1].contains(losAngeles.localDay.days(since: utc.utcDay)))
      #expect(Timestamp(isoUTC: london.isoUTC, timeZoneID: "Europe/London") == london)
      let minutes = london.localTime.hour * 60 + london.localTime.minute
      let utcMinutes = Int(seconds % 86_400 / 60)
      let shift = (minutes - utcMinutes + 1440) % 1440
      #expect(shift == london.utcOffsetSeconds / 60)
    }
  }
}
