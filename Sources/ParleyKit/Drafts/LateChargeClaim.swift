/// Statutory interest and fixed compensation a draft claims, worked out to
/// the day it is written, one statement per unpaid invoice.
public struct LateChargeClaim: Hashable, Sendable {
  /// One statement per unpaid invoice.
  public let statements: [InterestStatement]
  /// The law the charges come under, as a letter names it.
  public let law: String
  /// The case's currency.
  public let currency: Currency

  /// Creates a claim from per-invoice statements in `currency`.
  public init(statements: [InterestStatement], law: String, currency: Currency) {
    self.statements = statements
    self.law = law
    self.currency = currency
  }

  /// Interest to date over every invoice.
  public var interest: Money { sum(statements.map(\.interest)) }

  /// Interest added each further day over every invoice.
  public var daily: Money { sum(statements.map(\.daily)) }

  /// Fixed compensation over every invoice; zero where none applies.
  public var compensation: Money { sum(statements.compactMap(\.compensation)) }

  /// Interest and compensation together.
  public var total: Money { sum([interest, compensation]) }

  private func sum(_ amounts: [Money]) -> Money {
    Money(minorUnits: amounts.map(\.minorUnits).saturatingSum, currency: currency)
  }
}
