extension InstallmentSchedule {
  /// Checks the parts of a schedule and numbers its installments.
  ///
  /// - Throws: the first ``PlanError`` found: no installments, too many, an
  ///   amount in another currency or not above zero, dates that do not
  ///   strictly increase, or a total other than `balance`.
  static func assemble(
    kind: ScheduleKind, frequency: PlanFrequency?, hasDeposit: Bool, balance: Money,
    dues: [Day], amounts: [Money], remainder: ScheduleRemainder? = nil
  ) throws(PlanError) -> InstallmentSchedule {
    guard !dues.isEmpty, dues.count == amounts.count else { throw .emptySchedule }
    guard dues.count <= maximumInstallments else {
      throw .tooManyInstallments(dues.count, maximum: maximumInstallments)
    }
    var installments: [Installment] = []
    installments.reserveCapacity(dues.count)
    for (index, (due, amount)) in zip(dues, amounts).enumerated() {
      let number = index + 1
      guard amount.currency == balance.currency else {
        throw .currencyMismatch(expected: balance.currency, got: amount.currency)
      }
      guard amount.minorUnits > 0 else { throw .nonPositiveInstallment(number: number, amount) }
      if let previous = installments.last, due <= previous.due {
        throw .datesNotIncreasing(number: number, due: due, previous: previous.due)
      }
      installments.append(Installment(number: number, due: due, amount: amount))
    }
    let total: Money
    do {
      total = try Money.sum(amounts, currency: balance.currency)
    } catch {
      throw .money(error)
    }
    guard total == balance else { throw .sumMismatch(total: total, balance: balance) }
    return InstallmentSchedule(
      kind: kind, frequency: frequency, hasDeposit: hasDeposit, installments: installments,
      remainder: remainder)
  }

  /// Checks `balance` and any deposit, and returns what is left for the
  /// regular installments with the deposit's due day.
  static func afterDeposit(
    balance: Money, deposit: Deposit?, firstDue: Day, holidays: Set<Day>
  ) throws(PlanError) -> (rest: Money, depositDue: Day?) {
    guard balance.minorUnits > 0 else { throw .nonPositiveBalance(balance) }
    guard let deposit else { return (balance, nil) }
    guard deposit.amount.currency == balance.currency else {
      throw .currencyMismatch(expected: balance.currency, got: deposit.amount.currency)
    }
    guard deposit.amount.minorUnits > 0 else { throw .nonPositiveDeposit(deposit.amount) }
    guard deposit.amount.minorUnits < balance.minorUnits else {
      throw .depositNotBelowBalance(deposit: deposit.amount, balance: balance)
    }
    guard firstDue > deposit.due else {
      throw .depositNotFirst(deposit: deposit.due, firstDue: firstDue)
    }
    guard let due = deposit.due.checkedRolledForward(holidays: holidays) else {
      throw .dateOutOfRange
    }
    let rest = Money(
      minorUnits: balance.minorUnits - deposit.amount.minorUnits, currency: balance.currency)
    return (rest, due)
  }

  /// Records which installments got more than their rounded-down share.
  ///
  /// - Parameters:
  ///   - amounts: The amounts after the remainder was placed.
  ///   - shares: Each amount's share rounded toward zero, before placing.
  ///   - offset: Installment numbers before the first amount (1 after a deposit).
  static func remainderRecord(
    amounts: [Money], shares: [Int64], offset: Int
  ) -> ScheduleRemainder? {
    guard let currency = amounts.first?.currency else { return nil }
    var leftover: Int64 = 0
    var absorbedBy: [Int] = []
    for (index, (amount, share)) in zip(amounts, shares).enumerated()
    where amount.minorUnits != share {
      leftover += amount.minorUnits - share
      absorbedBy.append(offset + index + 1)
    }
    guard !absorbedBy.isEmpty else { return nil }
    return ScheduleRemainder(
      amount: Money(minorUnits: leftover, currency: currency), absorbedBy: absorbedBy)
  }
}
