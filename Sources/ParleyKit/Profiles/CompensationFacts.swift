/// Fixed compensation for late payment of a business-to-business debt.
public struct CompensationFacts: Hashable, Sendable, Codable {
  /// Whether the sum is due per invoice.
  public var perInvoice: Bool
  /// Whether reasonable recovery costs above the fixed sum may be claimed too.
  public var plusReasonableCosts: Bool
  /// The bands, lowest first.
  public var bands: [CompensationBand]

  /// Creates the facts.
  public init(perInvoice: Bool, plusReasonableCosts: Bool, bands: [CompensationBand]) {
    self.perInvoice = perInvoice
    self.plusReasonableCosts = plusReasonableCosts
    self.bands = bands
  }

  /// The fixed sum for a debt of `debt`, from the first band it is below.
  public func amount(for debt: ProfileAmount) -> ProfileAmount? {
    bands.first { band in band.below.map { debt < $0 } ?? true }?.amount
  }
}
