extension Day {
  /// ``rolledForwardToBusinessDay(holidays:)``, or nil past year 9999.
  func checkedRolledForward(holidays: Set<Day>) -> Day? {
    var result = self
    while !result.isBusinessDay(holidays: holidays) {
      guard let next = result.checkedAdding(days: 1) else { return nil }
      result = next
    }
    return result
  }

  /// ``rolledBackToBusinessDay(holidays:)``, or nil before year 1.
  func checkedRolledBack(holidays: Set<Day>) -> Day? {
    var result = self
    while !result.isBusinessDay(holidays: holidays) {
      guard let next = result.checkedAdding(days: -1) else { return nil }
      result = next
    }
    return result
  }
}
