/// One band of fixed compensation: debts below ``below`` get ``amount``.
public struct CompensationBand: Hashable, Sendable, Codable {
  /// The debt the band stops below; nil for the top band.
  public var below: ProfileAmount?
  /// The fixed sum for a debt in the band.
  public var amount: ProfileAmount

  /// Creates a band.
  public init(below: ProfileAmount?, amount: ProfileAmount) {
    self.below = below
    self.amount = amount
  }
}
