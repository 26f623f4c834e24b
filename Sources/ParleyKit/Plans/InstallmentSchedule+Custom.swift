extension InstallmentSchedule {
  /// A schedule of dates and amounts given by hand.
  ///
  /// The dates must strictly increase as given. A date on a weekend or a
  /// holiday moves to the next business day, and must still come after the
  /// one before. The amounts must each be more than zero and add up to
  /// `balance` exactly.
  /// - Parameters:
  ///   - balance: The amount the installments must add up to.
  ///   - installments: Each installment's date and amount, in order.
  ///   - holidays: Days besides weekends that are not business days.
  /// - Throws: ``PlanError`` naming the installment and what to change.
  public static func custom(
    balance: Money, installments: [(due: Day, amount: Money)], holidays: Set<Day> = []
  ) throws(PlanError) -> InstallmentSchedule {
    guard balance.minorUnits > 0 else { throw .nonPositiveBalance(balance) }
    guard !installments.isEmpty else { throw .emptySchedule }
    var dues: [Day] = []
    dues.reserveCapacity(installments.count)
    for (index, installment) in installments.enumerated() {
      let number = index + 1
      if index > 0, installment.due <= installments[index - 1].due {
        throw .datesNotIncreasing(
          number: number, due: installment.due, previous: installments[index - 1].due)
      }
      guard let rolled = installment.due.checkedRolledForward(holidays: holidays) else {
        throw .dateOutOfRange
      }
      if let previous = dues.last, rolled <= previous {
        throw .datesCollideAfterRolling(number: number, due: installment.due, rolled: rolled)
      }
      dues.append(rolled)
    }
    return try assemble(
      kind: .custom, frequency: nil, hasDeposit: false, balance: balance, dues: dues,
      amounts: installments.map(\.amount))
  }
}
