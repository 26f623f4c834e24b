/// One band of a court's issue fees: a fixed fee, or a percentage of the
/// claim, for claims up to ``upTo`` (the last band has no upper bound).
public struct CourtFeeBand: Hashable, Sendable, Codable {
  /// The largest claim in the band; nil for the top band.
  public var upTo: ProfileAmount?
  /// The fixed fee, when the band has one.
  public var fee: ProfileAmount?
  /// The fee as a share of the claim, in basis points (500 is 5%).
  public var percentBasisPoints: Int?

  /// Creates a band.
  public init(upTo: ProfileAmount?, fee: ProfileAmount? = nil, percentBasisPoints: Int? = nil) {
    self.upTo = upTo
    self.fee = fee
    self.percentBasisPoints = percentBasisPoints
  }
}
