extension JurisdictionProfile {
  /// Court fees are rounded up to the minor unit: an estimate of a cost
  /// should never come out under it.
  public static let courtFeeRounding = RoundingRule.up

  /// The court's issue fee for a claim of `claim`, from ``courtIssueFees``;
  /// nil when the profile has no fees or is in another currency.
  public func issueFee(for claim: Money) -> Money? {
    guard let bands = courtIssueFees, claim.currency.code == currency else { return nil }
    let currency = claim.currency
    guard
      let band = bands.first(where: { band in
        band.upTo.map { claim.minorUnits <= $0.money(in: currency).minorUnits } ?? true
      })
    else { return nil }
    if let fee = band.fee { return fee.money(in: currency) }
    guard let basisPoints = band.percentBasisPoints else { return nil }
    return try? claim.multiplied(
      by: Int64(basisPoints), dividedBy: 10_000, rounding: Self.courtFeeRounding)
  }

  /// The small-claims limit in `currency`, when the profile has one in it.
  public func smallClaimsLimit(in currency: Currency) -> Money? {
    guard let limit = smallClaims?.limit, currency.code == self.currency else { return nil }
    return limit.money(in: currency)
  }
}
