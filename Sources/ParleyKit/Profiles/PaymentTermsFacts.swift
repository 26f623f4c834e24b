/// Payment terms the law implies or caps.
public struct PaymentTermsFacts: Hashable, Sendable, Codable {
  /// Days to pay when no day was agreed.
  public var defaultDays: Int
  /// The most a public body may take.
  public var publicBodyMaxDays: Int?
  /// The most a business may take unless a longer term is fair.
  public var businessMaxDays: Int?

  /// Creates the facts.
  public init(defaultDays: Int, publicBodyMaxDays: Int? = nil, businessMaxDays: Int? = nil) {
    self.defaultDays = defaultDays
    self.publicBodyMaxDays = publicBodyMaxDays
    self.businessMaxDays = businessMaxDays
  }
}
