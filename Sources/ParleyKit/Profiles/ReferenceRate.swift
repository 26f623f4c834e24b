/// A reference rate (a central bank's base rate) as it stood on a reference day.
public struct ReferenceRate: Hashable, Sendable, Codable {
  /// The reference day (`2025-12-31`).
  public var on: Day
  /// The rate in force that day, in basis points (375 is 3.75%).
  public var basisPoints: Int

  /// Creates a rate.
  public init(on: Day, basisPoints: Int) {
    self.on = on
    self.basisPoints = basisPoints
  }
}
