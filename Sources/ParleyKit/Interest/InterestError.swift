/// Why statutory late-payment interest cannot be worked out for an invoice.
public enum InterestError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The profile has no statutory interest.
  case noStatutoryInterest(profile: String)
  /// Statutory interest is for business debtors only; this one is not.
  case notForDebtor(DebtorKind)
  /// The profile has no reference rate for this reference day; pass an override.
  case noReferenceRate(on: Day)
  /// The invoice is in another currency than the profile.
  case currencyMismatch(invoice: String, profile: String)
  /// The numbers are too large to work with exactly.
  case overflow

  public var description: String {
    switch self {
    case .noStatutoryInterest(let profile):
      return "the \(profile) profile has no statutory late-payment interest"
    case .notForDebtor(let kind):
      return "statutory late-payment interest is for business debts; this client is "
        + (kind == .individual ? "an individual (a consumer)" : "a \(kind.words)")
    case .noReferenceRate(let day):
      return "parley has no reference rate for \(day.short); give the rate in force that day"
    case .currencyMismatch(let invoice, let profile):
      return "the invoice is in \(invoice) but the profile's amounts are in \(profile)"
    case .overflow:
      return "the amounts are too large to work out exactly"
    }
  }
}
