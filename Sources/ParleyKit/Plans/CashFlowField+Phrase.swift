extension CashFlowField {
  /// The question's subject in words, for messages: `the amount you need`.
  public var phrase: String {
    switch self {
    case .need: "the amount you need"
    case .needBy: "the day you need it by"
    case .restBy: "how long you can wait for the rest"
    case .keepClient: "whether you want to keep this client"
    case .walkAway: "the least you would accept now (private)"
    case .capacity: "what they can pay"
    case .capacityFrom: "when they can start paying"
    case .lumpSum: "their lump sum"
    case .reason: "their reason"
    case .improvesOn: "when their situation improves"
    }
  }
}
