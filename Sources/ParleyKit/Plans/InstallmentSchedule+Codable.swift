extension InstallmentSchedule: Codable {
  private enum CodingKeys: String, CodingKey {
    case kind
    case frequency
    case hasDeposit
    case installments
    case remainder
  }

  /// Decodes a schedule and checks it again: numbers from 1, amounts above
  /// zero in one currency, due days strictly increasing.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let installments = try container.decode([Installment].self, forKey: .installments)
    guard let first = installments.first else {
      throw DecodingError.dataCorruptedError(
        forKey: .installments, in: container, debugDescription: PlanError.emptySchedule.description)
    }
    guard installments.map(\.number) == Array(1...installments.count) else {
      throw DecodingError.dataCorruptedError(
        forKey: .installments, in: container,
        debugDescription: "installments must be numbered 1 to \(installments.count)")
    }
    let currency = first.amount.currency
    let units = installments.map(\.amount.minorUnits)
    let balance = Money(minorUnits: units.saturatingSum, currency: currency)
    do {
      let checked = try InstallmentSchedule.assemble(
        kind: try container.decode(ScheduleKind.self, forKey: .kind),
        frequency: try container.decodeIfPresent(PlanFrequency.self, forKey: .frequency),
        hasDeposit: try container.decodeIfPresent(Bool.self, forKey: .hasDeposit) ?? false,
        balance: balance, dues: installments.map(\.due), amounts: installments.map(\.amount),
        remainder: try container.decodeIfPresent(ScheduleRemainder.self, forKey: .remainder))
      self = checked
    } catch let error as PlanError {
      throw DecodingError.dataCorruptedError(
        forKey: .installments, in: container, debugDescription: error.description)
    }
  }

  /// Encodes the schedule's shape and installments.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(kind, forKey: .kind)
    try container.encodeIfPresent(frequency, forKey: .frequency)
    try container.encode(hasDeposit, forKey: .hasDeposit)
    try container.encode(installments, forKey: .installments)
    try container.encodeIfPresent(remainder, forKey: .remainder)
  }
}
