extension CashFlow {
  /// The questions that have an answer.
  public var knownFields: Set<CashFlowField> {
    Set(CashFlowField.allCases.filter(isKnown))
  }

  /// Whether `field` has an answer.
  public func isKnown(_ field: CashFlowField) -> Bool {
    switch field {
    case .need: mine.need != nil
    case .needBy: mine.needBy != nil
    case .restBy: mine.restBy != nil
    case .keepClient: mine.keepClient != nil
    case .walkAway: mine.walkAway != nil
    case .capacity: theirs.capacity != nil
    case .capacityFrom: theirs.capacityFrom != nil
    case .lumpSum: theirs.lumpSum != nil
    case .reason: theirs.reason != nil
    case .improvesOn: theirs.improvesOn != nil
    }
  }

  /// Takes every answer `later` has, field by field, keeping the rest.
  public mutating func merge(_ later: CashFlow) {
    mine.need = later.mine.need ?? mine.need
    mine.needBy = later.mine.needBy ?? mine.needBy
    mine.restBy = later.mine.restBy ?? mine.restBy
    mine.keepClient = later.mine.keepClient ?? mine.keepClient
    mine.walkAway = later.mine.walkAway ?? mine.walkAway
    theirs.capacity = later.theirs.capacity ?? theirs.capacity
    theirs.capacityFrom = later.theirs.capacityFrom ?? theirs.capacityFrom
    theirs.lumpSum = later.theirs.lumpSum ?? theirs.lumpSum
    theirs.reason = later.theirs.reason ?? theirs.reason
    theirs.improvesOn = later.theirs.improvesOn ?? theirs.improvesOn
  }

  /// Forgets the answer to `field` ("don't know").
  public mutating func clear(_ field: CashFlowField) {
    switch field {
    case .need: mine.need = nil
    case .needBy: mine.needBy = nil
    case .restBy: mine.restBy = nil
    case .keepClient: mine.keepClient = nil
    case .walkAway: mine.walkAway = nil
    case .capacity: theirs.capacity = nil
    case .capacityFrom: theirs.capacityFrom = nil
    case .lumpSum: theirs.lumpSum = nil
    case .reason: theirs.reason = nil
    case .improvesOn: theirs.improvesOn = nil
    }
  }

  /// Every amount among the facts, for currency checks.
  var amounts: [Money] {
    [mine.need, mine.walkAway, theirs.capacity?.amount, theirs.lumpSum].compactMap { $0 }
  }
}
