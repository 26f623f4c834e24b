extension Money: Codable {
  private enum CodingKeys: String, CodingKey {
    case amount
    case currency
  }

  /// Decodes `{"amount": "1200.50", "currency": "GBP"}`.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let code = try container.decode(String.self, forKey: .currency)
    guard let currency = Currency.named(code) else {
      throw DecodingError.dataCorruptedError(
        forKey: .currency, in: container, debugDescription: "unknown currency '\(code)'")
    }
    let amount = try container.decode(String.self, forKey: .amount)
    guard let money = Money(plainDecimal: amount, currency: currency) else {
      throw DecodingError.dataCorruptedError(
        forKey: .amount, in: container,
        debugDescription: "'\(amount)' is not a \(code) amount")
    }
    self = money
  }

  /// Encodes as `{"amount": "1200.50", "currency": "GBP"}`: a decimal string, never a float.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(plainDecimal, forKey: .amount)
    try container.encode(currency.code, forKey: .currency)
  }
}
