extension ProfileAmount: Codable {
  /// Decodes a whole number of units (`10000`) or a decimal string (`"12.50"`).
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if let whole = try? container.decode(Int64.self) {
      let (value, overflow) = whole.multipliedReportingOverflow(by: 100)
      guard !overflow else {
        throw DecodingError.dataCorruptedError(in: container, debugDescription: "too large")
      }
      self.init(hundredths: value)
      return
    }
    guard let text = try? container.decode(String.self),
      let money = Money(plainDecimal: text, currency: .gbp)
    else {
      throw DecodingError.typeMismatch(
        Int64.self,
        .init(codingPath: decoder.codingPath, debugDescription: "expected a number"))
    }
    self.init(hundredths: money.minorUnits)
  }

  /// Encodes a whole amount as a number and anything else as a decimal string.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    if hundredths % 100 == 0 {
      try container.encode(hundredths / 100)
    } else {
      try container.encode(Money(minorUnits: hundredths, currency: .gbp).plainDecimal)
    }
  }
}
