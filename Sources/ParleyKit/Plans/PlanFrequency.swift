/// How often installments fall due.
public enum PlanFrequency: String, Hashable, Sendable, Codable, CaseIterable {
  /// Every 7 days.
  case weekly
  /// Every 14 days.
  case fortnightly
  /// The same day each month, clamped at the month's end; one due day in
  /// each calendar month (see ``dueDays(count:from:after:holidays:)``).
  case monthly

  /// The `index`-th nominal date of a series whose first date is `first`
  /// (index 0 is `first`), before any move to a business day; nil past year 9999.
  ///
  /// Monthly dates are anchored on `first`'s day of the month, so a series
  /// from 31 January runs 31 Jan, 28 Feb, 31 Mar, 30 Apr: clamped in short
  /// months, never drifting.
  public func nominalDay(_ index: Int, from first: Day) -> Day? {
    switch self {
    case .weekly: first.checkedAdding(days: 7 * index)
    case .fortnightly: first.checkedAdding(days: 14 * index)
    case .monthly: first.checkedAddingMonths(index, anchoredTo: first.day)
    }
  }
}
