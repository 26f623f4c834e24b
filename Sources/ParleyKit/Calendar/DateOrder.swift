/// Which number comes first in a numeric date such as `03/04/2027`.
///
/// It comes from the jurisdiction: the UK and most of the world write the day
/// first, the US writes the month first. ISO `2027-04-03` is accepted under
/// either order.
public enum DateOrder: String, CaseIterable, Codable, Sendable {
  /// Day, month, year: `15/01/2027` is 15 January 2027.
  case dayFirst
  /// Month, day, year: `01/15/2027` is 15 January 2027.
  case monthFirst

  /// The order in words, for messages: `day/month/year`.
  public var pattern: String {
    switch self {
    case .dayFirst: "day/month/year"
    case .monthFirst: "month/day/year"
    }
  }
}
