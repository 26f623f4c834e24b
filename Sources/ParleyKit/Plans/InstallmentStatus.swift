/// Where one installment stands on a given day.
///
/// With `today`, the installment's `due` day, `grace` days (3 by default)
/// and `paid`, the part of the payments allocated to it:
///
/// | status      | paid               | today                      |
/// |-------------|--------------------|----------------------------|
/// | `paid`      | all of it          | any day (early, on time or caught up) |
/// | `upcoming`  | nothing            | before `due`               |
/// | `dueToday`  | nothing            | on `due`                   |
/// | `late`      | nothing            | after `due`, up to `due + grace` |
/// | `partPaid`  | some, not all      | up to `due + grace`        |
/// | `missed`    | less than all      | after `due + grace`        |
///
/// The transitions, as days pass and payments arrive:
///
///     upcoming ─▶ dueToday ─▶ late ─▶ missed
///         │           │         │       │
///         └──── part of it ─▶ partPaid ─┤ (grace ends)
///                                       │
///     any of them ──── all of it ─────▶ paid
///
/// A missed installment stays missed until payments cover it; then it is
/// paid (caught up). Grace days are calendar days.
public enum InstallmentStatus: String, Hashable, Sendable, Codable, CaseIterable {
  /// Not yet due and nothing paid.
  case upcoming
  /// Due today and nothing paid.
  case dueToday
  /// Past due, nothing paid, but within the grace period.
  case late
  /// Partly paid, and not yet past the grace period.
  case partPaid
  /// Past the grace period and not fully paid.
  case missed
  /// Fully paid.
  case paid

  /// The status of an installment due on `due` with `paid` of `amount`
  /// allocated, on `today`, with `graceDays` of grace.
  public static func of(
    due: Day, amount: Money, paid: Money, today: Day, graceDays: Int
  ) -> InstallmentStatus {
    if paid.minorUnits >= amount.minorUnits { return .paid }
    let daysPast = today.days(since: due)
    if daysPast > graceDays { return .missed }
    if paid.minorUnits > 0 { return .partPaid }
    if daysPast > 0 { return .late }
    return daysPast == 0 ? .dueToday : .upcoming
  }
}
