/// A day of the week, numbered Monday = 1 to Sunday = 7 as in ISO 8601.
public enum Weekday: Int, CaseIterable, Comparable, Sendable {
  case monday = 1
  case tuesday
  case wednesday
  case thursday
  case friday
  case saturday
  case sunday

  /// The English name, capitalised: `Friday`.
  public var name: String {
    switch self {
    case .monday: "Monday"
    case .tuesday: "Tuesday"
    case .wednesday: "Wednesday"
    case .thursday: "Thursday"
    case .friday: "Friday"
    case .saturday: "Saturday"
    case .sunday: "Sunday"
    }
  }

  /// The three-letter English abbreviation: `Fri`.
  public var shortName: String { String(name.prefix(3)) }

  /// Whether this is Saturday or Sunday.
  public var isWeekend: Bool { self == .saturday || self == .sunday }

  public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.rawValue < rhs.rawValue }
}
