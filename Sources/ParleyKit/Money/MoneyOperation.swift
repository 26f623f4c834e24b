/// An operation on two amounts, named so an error can say which one failed.
public enum MoneyOperation: String, Hashable, Sendable {
  /// `adding(_:)` or ``Money/sum(_:currency:)``.
  case addition
  /// `subtracting(_:)`.
  case subtraction
  /// `isLess(than:)` and the other comparisons.
  case comparison

  /// The past participle used in messages: "cannot be added".
  var pastParticiple: String {
    switch self {
    case .addition: "added"
    case .subtraction: "subtracted"
    case .comparison: "compared"
    }
  }
}
