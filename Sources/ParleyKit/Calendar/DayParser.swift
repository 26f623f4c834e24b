/// Reads the dates people type: ISO, numbers in the jurisdiction's order,
/// month names, and words relative to today.
///
/// Case and surrounding whitespace do not matter; commas are ignored.
/// Relative to Sunday 29 November 2026, with `order: .dayFirst`:
///
/// | Typed | Day | Rule |
/// |---|---|---|
/// | `2027-01-15`, `2027/01/15` | 2027-01-15 | year first: always year, month, day |
/// | `15/01/2027`, `15-01-27`, `15.01.2027` | 2027-01-15 | numbers in `order`; 2-digit years are 20yy |
/// | `03/04/2027` | 2027-04-03 | in `order`, but ``ParsedDay/isAmbiguous`` |
/// | `15/01` | 2027-01-15 | no year: the next such day on or after today (or `yearlessFrom`) |
/// | `15 Jan 2027`, `January 15, 2027`, `15th of January 2027` | 2027-01-15 | month by name |
/// | `15 Jan`, `Jan 15`, `15th Jan` | 2027-01-15 | no year: next on or after today (or `yearlessFrom`) |
/// | `29 Nov` | 2026-11-29 | today counts |
/// | `the 15th`, `3rd` | 2026-12-15, 2026-12-03 | next such day of a month, on or after today |
/// | `today`, `tomorrow`, `yesterday` | 29, 30, 28 Nov | |
/// | `friday`, `this friday`, `on fri` | 2026-12-04 | the coming Friday: today if today is a Friday |
/// | `next friday` | 2026-12-04 | the first Friday strictly after today |
/// | `last friday` | 2026-11-27 | the last Friday strictly before today |
/// | `sunday` / `next sunday` | 2026-11-29 / 2026-12-06 | the two differ only on that weekday |
/// | `in 3 days`, `in a week`, `in 2 fortnights` | | days, weeks, fortnights |
/// | `in 1 month`, `in 2 years` | | calendar months and years, clamped to the month's end |
/// | `in 5 business days`, `in 5 working days` | | skipping weekends and `holidays` |
/// | `3 days ago`, `2 weeks ago` | | the same units, backward |
/// | `end of month`, `end of the month`, `end of next month`, `end of last month` | | month ends |
/// | `end of february` | 2027-02-28 | that month's end, this year or next |
/// | `Friday 15 January 2027` | 2027-01-15 | a leading weekday must match the date |
///
/// Month names may be full, three letters, or `Sept`, with an optional dot.
/// Counts may be digits, `a`, `an`, or `one` to `twelve`.
///
/// A numeric date follows `order` strictly. When it is valid only in the other
/// order (`01/15/2027` with the day first), parsing fails with
/// ``DayParseError/wrongOrder(_:order:didYouMean:)`` rather than guessing.
public enum DayParser {
  /// Parses `text` as a day, relative to `today`.
  ///
  /// - Parameters:
  ///   - text: What the user typed, such as `15/01/2027` or `next friday`.
  ///   - today: The user's local day, for relative forms and missing years.
  ///   - order: Which number comes first in a numeric date.
  ///   - holidays: Days that are not business days, for `in 5 business days`.
  ///   - yearlessFrom: The first day a date typed without a year (`15 Jan`)
  ///     may fall on; `today` when nil. A due date counts from its issue date.
  /// - Returns: The day, whether it was ambiguous, and the day in words.
  /// - Throws: A ``DayParseError`` whose description says how to fix the text.
  public static func parse(
    _ text: String, today: Day, order: DateOrder, holidays: Set<Day> = [],
    yearlessFrom: Day? = nil
  ) throws(DayParseError) -> ParsedDay {
    let trimmed = String(
      text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    let words = trimmed.lowercased()
      .split(whereSeparator: { $0.isWhitespace || $0 == "," })
      .map(String.init)
    guard !words.isEmpty else { throw .empty }
    let reader = DayReader(
      text: trimmed, today: today, order: order, holidays: holidays,
      yearlessFrom: yearlessFrom ?? today)
    let parsed = try reader.read(words)
    guard sensibleYears.contains(parsed.day.year) else { throw .outOfRange(trimmed) }
    return parsed
  }

  /// The years a typed date may fall in: anything else is a slip of the keys
  /// (`0026-12-01`, `in 900 years`), not a day in an invoice's life.
  public static let sensibleYears = 1900...2200
}
