extension InstallmentSchedule {
  /// Equal installments at `frequency` from `firstDue`, after an optional deposit.
  ///
  /// The balance (less any deposit) is split into `count` equal shares
  /// rounded toward zero; the leftover minor units go where `remainder`
  /// says and are recorded in ``remainder``. £1,000.00 in 3 monthly
  /// installments is 333.33, 333.33, 333.34.
  ///
  ///     // firstDue is Friday 29 January 2027
  ///     try InstallmentSchedule.equal(
  ///       balance: Money(minorUnits: 100_000, currency: .gbp), count: 3,
  ///       frequency: .monthly, firstDue: firstDue)
  ///     // 29 Jan £333.33, 26 Feb £333.33, 29 Mar £333.34: 28 Feb is a
  ///     // Sunday, and its Monday is in March, so it moves back to Friday
  ///
  /// - Parameters:
  ///   - balance: The amount to schedule; more than zero.
  ///   - count: Installments after the deposit; 1 to ``maximumInstallments``.
  ///   - frequency: How often they fall due.
  ///   - firstDue: The first regular installment's nominal date.
  ///   - deposit: A first payment before the installments, if any.
  ///   - holidays: Days besides weekends that are not business days.
  ///   - remainder: Where leftover minor units go; the last installment by default.
  /// - Throws: ``PlanError`` saying what to change.
  public static func equal(
    balance: Money, count: Int, frequency: PlanFrequency, firstDue: Day,
    deposit: Deposit? = nil, holidays: Set<Day> = [], remainder: RemainderPlacement = .last
  ) throws(PlanError) -> InstallmentSchedule {
    try checkCount(count, deposit: deposit)
    let (rest, depositDue) = try afterDeposit(
      balance: balance, deposit: deposit, firstDue: firstDue, holidays: holidays)
    guard rest.minorUnits >= Int64(count) else {
      throw .installmentsTooSmall(balance: rest, count: count)
    }
    let amounts: [Money]
    do {
      amounts = try rest.split(into: count, remainder: remainder)
    } catch {
      throw .money(error)
    }
    let shares = [Int64](repeating: rest.minorUnits / Int64(count), count: count)
    return try series(
      kind: .equal, balance: balance, frequency: frequency, firstDue: firstDue,
      deposit: deposit, depositDue: depositDue, amounts: amounts, holidays: holidays,
      remainder: remainderRecord(amounts: amounts, shares: shares, offset: deposit == nil ? 0 : 1))
  }

  /// Growing installments: smaller first, in proportion to `weights`.
  ///
  /// The default weights are `count, count + 1, …, 2 × count − 1`, a gentle
  /// ramp whose last installment is about twice the first: £1,000.00 in 3 is
  /// 250.00, 333.33, 416.67. Shares are rounded toward zero and the leftover
  /// goes where `remainder` says, as for ``equal(balance:count:frequency:firstDue:deposit:holidays:remainder:)``.
  /// - Parameters:
  ///   - weights: One positive weight per installment, or nil for the default ramp.
  /// - Throws: ``PlanError/invalidWeights(count:weights:)`` for weights that do
  ///   not fit, and the errors of `equal`.
  public static func graduated(
    balance: Money, count: Int, frequency: PlanFrequency, firstDue: Day,
    weights: [Int]? = nil, deposit: Deposit? = nil, holidays: Set<Day> = [],
    remainder: RemainderPlacement = .last
  ) throws(PlanError) -> InstallmentSchedule {
    try checkCount(count, deposit: deposit)
    let weights = weights ?? Array(count..<(2 * count))
    guard weights.count == count, weights.allSatisfy({ $0 > 0 }) else {
      throw .invalidWeights(count: count, weights: weights)
    }
    let (rest, depositDue) = try afterDeposit(
      balance: balance, deposit: deposit, firstDue: firstDue, holidays: holidays)
    let amounts: [Money]
    var shares: [Int64] = []
    do {
      amounts = try rest.split(proportionally: weights, remainder: remainder)
      // The split succeeded, so the weights' sum fits.
      let sum = Int64(weights.reduce(0, +))
      for weight in weights {
        let share = try rest.multiplied(
          by: Int64(weight), dividedBy: sum, rounding: .towardZero)
        shares.append(share.minorUnits)
      }
    } catch {
      throw .money(error)
    }
    guard amounts.allSatisfy({ $0.minorUnits > 0 }) else {
      throw .installmentsTooSmall(balance: rest, count: count)
    }
    return try series(
      kind: .graduated, balance: balance, frequency: frequency, firstDue: firstDue,
      deposit: deposit, depositDue: depositDue, amounts: amounts, holidays: holidays,
      remainder: remainderRecord(amounts: amounts, shares: shares, offset: deposit == nil ? 0 : 1))
  }

  /// `count − 1` installments of `regular`, then a last one of whatever is left.
  ///
  /// For a client who can pay a little now and the rest later: £3,000.00 as
  /// 3 × £500.00 and a last £1,500.00.
  /// - Parameters:
  ///   - regular: Each installment but the last; more than zero.
  ///   - count: All installments after the deposit, the last included; 2 or more.
  /// - Throws: ``PlanError/regularTooLarge(regular:count:balance:)`` when the
  ///   regular installments alone would reach the balance, and the errors of `equal`.
  public static func balloon(
    balance: Money, regular: Money, count: Int, frequency: PlanFrequency, firstDue: Day,
    deposit: Deposit? = nil, holidays: Set<Day> = []
  ) throws(PlanError) -> InstallmentSchedule {
    guard count >= 2 else { throw .invalidCount(count, minimum: 2) }
    try checkCount(count, deposit: deposit)
    let (rest, depositDue) = try afterDeposit(
      balance: balance, deposit: deposit, firstDue: firstDue, holidays: holidays)
    let amounts = try fixedAmounts(regular: regular, count: count, rest: rest)
    return try series(
      kind: .balloon, balance: balance, frequency: frequency, firstDue: firstDue,
      deposit: deposit, depositDue: depositDue, amounts: amounts, holidays: holidays,
      remainder: nil)
  }

  /// Installments of a fixed `amount` until the balance is paid; the last
  /// is whatever is left (at most `amount`).
  ///
  /// £1,000.00 at £300.00 a month is 300, 300, 300 and a last 100.
  /// - Throws: ``PlanError/nonPositiveRegularAmount(_:)``,
  ///   ``PlanError/tooManyInstallments(_:maximum:)`` when it would take too
  ///   many, and the errors of `equal`.
  public static func regular(
    balance: Money, amount: Money, frequency: PlanFrequency, firstDue: Day,
    deposit: Deposit? = nil, holidays: Set<Day> = []
  ) throws(PlanError) -> InstallmentSchedule {
    let (rest, depositDue) = try afterDeposit(
      balance: balance, deposit: deposit, firstDue: firstDue, holidays: holidays)
    guard amount.currency == balance.currency else {
      throw .currencyMismatch(expected: balance.currency, got: amount.currency)
    }
    guard amount.minorUnits > 0 else { throw .nonPositiveRegularAmount(amount) }
    let whole = rest.minorUnits / amount.minorUnits
    let count = Int(clamping: whole + (rest.minorUnits % amount.minorUnits == 0 ? 0 : 1))
    try checkCount(count, deposit: deposit)
    let amounts = try fixedAmounts(regular: amount, count: count, rest: rest)
    return try series(
      kind: .regular, balance: balance, frequency: frequency, firstDue: firstDue,
      deposit: deposit, depositDue: depositDue, amounts: amounts, holidays: holidays,
      remainder: nil)
  }

  /// Throws unless `count` installments (plus any deposit) are allowed.
  static func checkCount(_ count: Int, deposit: Deposit?) throws(PlanError) {
    guard count >= 1 else { throw .invalidCount(count, minimum: 1) }
    let total = count + (deposit == nil ? 0 : 1)
    guard total <= maximumInstallments else {
      throw .tooManyInstallments(total, maximum: maximumInstallments)
    }
  }

  /// `count − 1` × `regular` and a last installment of what is left of `rest`.
  static func fixedAmounts(
    regular: Money, count: Int, rest: Money
  ) throws(PlanError) -> [Money] {
    guard regular.currency == rest.currency else {
      throw .currencyMismatch(expected: rest.currency, got: regular.currency)
    }
    guard regular.minorUnits > 0 else { throw .nonPositiveRegularAmount(regular) }
    let (covered, overflow) = regular.minorUnits.multipliedReportingOverflow(
      by: Int64(count - 1))
    guard !overflow, covered < rest.minorUnits else {
      throw .regularTooLarge(regular: regular, count: count - 1, balance: rest)
    }
    let last = Money(minorUnits: rest.minorUnits - covered, currency: rest.currency)
    return [Money](repeating: regular, count: count - 1) + [last]
  }

  /// Dates the `amounts` at `frequency` after any deposit, and assembles them.
  static func series(
    kind: ScheduleKind, balance: Money, frequency: PlanFrequency, firstDue: Day,
    deposit: Deposit?, depositDue: Day?, amounts: [Money], holidays: Set<Day>,
    remainder: ScheduleRemainder?
  ) throws(PlanError) -> InstallmentSchedule {
    let dues = try frequency.dueDays(
      count: amounts.count, from: firstDue, after: depositDue, holidays: holidays)
    var allDues = dues
    var allAmounts = amounts
    if let deposit, let depositDue {
      allDues.insert(depositDue, at: 0)
      allAmounts.insert(deposit.amount, at: 0)
    }
    return try assemble(
      kind: kind, frequency: frequency, hasDeposit: deposit != nil, balance: balance,
      dues: allDues, amounts: allAmounts, remainder: remainder)
  }
}
