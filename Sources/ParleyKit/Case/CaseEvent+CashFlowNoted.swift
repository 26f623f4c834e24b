extension CaseEvent {
  /// Answers about either side's cash flow, from the user or as the client put it.
  ///
  /// Later notes override earlier ones field by field: a field with an
  /// answer replaces the one before, a field in ``unknown`` forgets it, and
  /// a field in neither keeps it.
  public struct CashFlowNoted: Hashable, Sendable, Codable {
    /// The answers given; a missing fact was not asked this time.
    public var answers: CashFlow
    /// The questions answered "don't know".
    public var unknown: [CashFlowField]

    /// Creates a note of `answers`, with `unknown` answered "don't know".
    public init(answers: CashFlow = .unknown, unknown: [CashFlowField] = []) {
      self.answers = answers
      self.unknown = unknown
    }

    private enum CodingKeys: String, CodingKey {
      case answers
      case unknown
    }

    /// Decodes a note; both keys may be left out.
    public init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      answers = try container.decodeIfPresent(CashFlow.self, forKey: .answers) ?? .unknown
      unknown = try container.decodeIfPresent([CashFlowField].self, forKey: .unknown) ?? []
    }
  }
}
