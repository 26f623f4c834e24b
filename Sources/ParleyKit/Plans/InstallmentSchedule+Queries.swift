extension InstallmentSchedule {
  /// The currency every installment is in.
  public var currency: Currency { installments[0].amount.currency }

  /// The sum of the installments: the balance the schedule pays.
  public var total: Money {
    Money(minorUnits: installments.map(\.amount.minorUnits).saturatingSum, currency: currency)
  }

  /// The first installment.
  public var first: Installment { installments[0] }

  /// The last installment.
  public var last: Installment { installments[installments.count - 1] }

  /// The day the last installment is due.
  public var finish: Day { last.due }

  /// The deposit, when installment 1 is one.
  public var deposit: Installment? { hasDeposit ? first : nil }

  /// The installments after any deposit.
  public var regularInstallments: ArraySlice<Installment> {
    installments.dropFirst(hasDeposit ? 1 : 0)
  }

  /// The total of the installments due on or before `day`.
  public func amountDue(onOrBefore day: Day) -> Money {
    Money(
      minorUnits: installments.lazy.filter { $0.due <= day }.map(\.amount.minorUnits)
        .reduce(0, +),
      currency: currency)
  }
}
