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

  /// The next business day from this one when it is in this day's month;
  /// else the last business day before this one, when that is in this
  /// month and after `previous`; else the next business day after all.
  ///
  /// Monthly due days roll this way (bankers call it "modified following")
  /// so that no month gets two installments and the month before none.
  /// Nil past year 9999.
  func checkedRolledWithinMonth(holidays: Set<Day>, after previous: Day?) -> Day? {
    guard let forward = checkedRolledForward(holidays: holidays) else { return nil }
    guard forward.month != month || forward.year != year,
      let back = checkedRolledBack(holidays: holidays), back.month == month, back.year == year,
      previous.map({ back > $0 }) ?? true
    else { return forward }
    return back
  }
}
