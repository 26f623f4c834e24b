extension ProposalContext {
  /// Every candidate the known facts allow, in no particular order.
  func candidates() -> [(PlanOptionKind, InstallmentSchedule)] {
    var candidates: [(PlanOptionKind, InstallmentSchedule)] = []
    func add(_ kind: PlanOptionKind, _ schedule: InstallmentSchedule?) {
      if let schedule { candidates.append((kind, schedule)) }
    }
    add(.inFull, inFullFromLumpSum())
    add(.needFirst, needFirst())
    add(.atTheirPace, atTheirPace())
    add(.balloonWhenTheyRecover, balloonWhenTheyRecover())
    for count in equalCounts() {
      add(.equalInstallments, try? equalMonthly(count))
    }
    add(
      .graduated,
      try? InstallmentSchedule.graduated(
        balance: total, count: 6, frequency: .monthly, firstDue: start, holidays: holidays,
        remainder: remainder))
    return candidates
  }

  /// Short plans that fit almost any term and balance, used only to make up
  /// the minimum number of options.
  func fallbacks() -> [(PlanOptionKind, InstallmentSchedule)] {
    var fallbacks: [(PlanOptionKind, InstallmentSchedule)] = []
    for frequency in [PlanFrequency.monthly, .fortnightly, .weekly] {
      if let schedule = try? InstallmentSchedule.equal(
        balance: total, count: 2, frequency: frequency, firstDue: start, holidays: holidays,
        remainder: remainder)
      {
        fallbacks.append((.equalInstallments, schedule))
      }
    }
    let secondDay = start.checkedAdding(businessDays: 1, holidays: holidays)
    for day in [start, secondDay].compactMap({ $0 }) {
      if let schedule = try? single(on: day) { fallbacks.append((.inFull, schedule)) }
    }
    return fallbacks
  }

  /// One payment of the whole total on `day` (moved to a business day).
  func single(on day: Day) throws(PlanError) -> InstallmentSchedule {
    try InstallmentSchedule.equal(
      balance: total, count: 1, frequency: .monthly, firstDue: day, holidays: holidays)
  }

  /// `count` equal monthly installments from ``start``.
  func equalMonthly(_ count: Int) throws(PlanError) -> InstallmentSchedule {
    try InstallmentSchedule.equal(
      balance: total, count: count, frequency: .monthly, firstDue: start, holidays: holidays,
      remainder: remainder)
  }

  /// 3 and 6, and the number of monthly installments that fit by the day
  /// the user can wait until, when known.
  func equalCounts() -> [Int] {
    var counts = [3, 6]
    if let restBy = cashFlow.mine.restBy, let fit = monthlyCount(from: start, through: restBy),
      !counts.contains(fit)
    {
      counts.append(fit)
    }
    return counts
  }

  /// How many monthly due days from `first` fall on or before `end` (and
  /// the maximum term); nil when none do.
  func monthlyCount(from first: Day, through end: Day, after previous: Day? = nil) -> Int? {
    let days = try? PlanFrequency.monthly.dueDays(
      from: first, through: min(end, limit), maximum: InstallmentSchedule.maximumInstallments,
      after: previous, holidays: holidays)
    guard let count = days?.count, count > 0 else { return nil }
    return count
  }

  /// The whole total in one payment at ``start``, when their lump sum covers it.
  func inFullFromLumpSum() -> InstallmentSchedule? {
    guard let lump = cashFlow.theirs.lumpSum, lump.minorUnits >= total.minorUnits else {
      return nil
    }
    return try? single(on: start)
  }

  /// The user's need (or the client's lump sum, if larger) first, then the rest.
  ///
  /// The first payment is due on the user's need date (the last business
  /// day on or before it), or at ``start`` when the lump sum covers the need
  /// or the need date is already too close.
  func needFirst() -> InstallmentSchedule? {
    guard let need = cashFlow.mine.need, need.minorUnits > 0, let needBy = cashFlow.mine.needBy
    else { return nil }
    let needDay = max(start, needBy.checkedRolledBack(holidays: holidays) ?? start)
    guard need.minorUnits < total.minorUnits else { return try? single(on: needDay) }
    let lump = usableLumpSum()
    let coversNeed = (lump?.minorUnits ?? 0) >= need.minorUnits
    let deposit = Deposit(
      amount: coversNeed ? (lump ?? need) : need, due: coversNeed ? start : needDay)
    return try? rest(after: deposit)
  }

  /// Their lump sum first, then their capacity each period.
  func atTheirPace() -> InstallmentSchedule? {
    guard cashFlow.theirs.capacity != nil else { return nil }
    guard let lump = usableLumpSum() else { return try? paced(deposit: nil) }
    return try? paced(deposit: Deposit(amount: lump, due: start))
  }

  /// Their capacity (or a modest amount) each period until their situation
  /// improves, then the rest on that day (or the next business day).
  ///
  /// Monthly, the regular installments stop the month before the rest is
  /// due, so no month asks for two.
  func balloonWhenTheyRecover() -> InstallmentSchedule? {
    guard let improvesOn = cashFlow.theirs.improvesOn, improvesOn > start, improvesOn <= limit,
      let dayBefore = improvesOn.checkedAdding(days: -1),
      // Forward, never back: before that day their capacity still binds.
      let balloonDay = improvesOn.checkedRolledForward(holidays: holidays),
      let monthBefore = balloonDay.startOfMonth.checkedAdding(days: -1)
    else { return nil }
    let frequency = cashFlow.theirs.capacity?.per.frequency ?? .monthly
    let through = frequency == .monthly ? min(dayBefore, monthBefore) : dayBefore
    guard
      let dues = try? frequency.dueDays(
        from: capacityStart, through: through,
        maximum: InstallmentSchedule.maximumInstallments - 1, holidays: holidays)
    else { return nil }
    if dues.isEmpty { return try? single(on: balloonDay) }
    let regularUnits =
      cashFlow.theirs.capacity?.amount.minorUnits
      ?? max(1, roundedDownToWholeUnits(total.minorUnits / Int64(dues.count + 2)))
    let (covered, overflow) = regularUnits.multipliedReportingOverflow(by: Int64(dues.count))
    guard !overflow, covered < total.minorUnits, total.minorUnits - covered >= regularUnits
    else { return nil }
    let regular = Money(minorUnits: regularUnits, currency: total.currency)
    let last = Money(minorUnits: total.minorUnits - covered, currency: total.currency)
    return try? InstallmentSchedule.assemble(
      kind: .balloon, frequency: frequency, hasDeposit: false, balance: total,
      dues: dues + [balloonDay], amounts: [Money](repeating: regular, count: dues.count) + [last])
  }

  /// After `deposit`, the rest at the client's pace when their capacity is
  /// known, else in equal monthly installments that finish by the day the
  /// user can wait until (3 when that is unknown).
  func rest(after deposit: Deposit) throws(PlanError) -> InstallmentSchedule {
    if cashFlow.theirs.capacity != nil { return try paced(deposit: deposit) }
    let first = deposit.due.checkedAddingMonths(1, anchoredTo: deposit.due.day) ?? limit
    let count =
      cashFlow.mine.restBy.flatMap { monthlyCount(from: first, through: $0, after: deposit.due) }
      ?? 3
    return try InstallmentSchedule.equal(
      balance: total, count: count, frequency: .monthly, firstDue: first, deposit: deposit,
      holidays: holidays, remainder: remainder)
  }

  /// The total (less any deposit) at the client's capacity per period.
  ///
  /// The regular amount is what is left divided by the periods needed,
  /// rounded up to a whole unit of currency when that still fits their
  /// capacity; the last installment is what is left. When the periods
  /// needed run past the maximum term, the last one in the term takes the
  /// rest: a balloon above their capacity, which the option is marked with.
  func paced(deposit: Deposit?) throws(PlanError) -> InstallmentSchedule {
    guard let capacity = cashFlow.theirs.capacity, capacity.amount.minorUnits > 0 else {
      throw .nonPositiveRegularAmount(cashFlow.theirs.capacity?.amount ?? .zero(total.currency))
    }
    let restUnits = total.minorUnits - (deposit?.amount.minorUnits ?? 0)
    let frequency = capacity.per.frequency
    var first = capacityStart
    if let deposit, first <= deposit.due {
      guard let next = frequency.nominalDay(1, from: deposit.due) else { throw .dateOutOfRange }
      first = max(next, capacityStart)
    }
    let cap = capacity.amount.minorUnits
    let needed = Int(clamping: restUnits / cap + (restUnits % cap == 0 ? 0 : 1))
    let available = try frequency.dueDays(
      from: first, through: limit, maximum: min(needed, InstallmentSchedule.maximumInstallments),
      after: deposit?.due, holidays: holidays
    ).count
    guard available >= needed else {
      guard available >= 2 else {
        return try InstallmentSchedule.equal(
          balance: total, count: 1, frequency: frequency, firstDue: first, deposit: deposit,
          holidays: holidays)
      }
      return try InstallmentSchedule.balloon(
        balance: total, regular: capacity.amount, count: available, frequency: frequency,
        firstDue: first, deposit: deposit, holidays: holidays)
    }
    let exact = restUnits / Int64(needed) + (restUnits % Int64(needed) == 0 ? 0 : 1)
    let whole = roundedUpToWholeUnits(exact)
    let regular = whole <= cap ? whole : exact
    return try InstallmentSchedule.regular(
      balance: total, amount: Money(minorUnits: regular, currency: total.currency),
      frequency: frequency, firstDue: first, deposit: deposit, holidays: holidays)
  }

  /// The day the client's capacity starts: ``start`` or their own day, if later.
  ///
  /// A monthly series keeps their day of the month (from 1 January, the
  /// 1st), but when their day is at a month's end and not a business day,
  /// the series would roll its first installment back before it, so it
  /// starts on the next business day instead.
  var capacityStart: Day {
    guard let from = cashFlow.theirs.capacityFrom, from > start else { return start }
    guard let first = from.checkedRolledWithinMonth(holidays: holidays, after: nil), first < from
    else { return from }
    return from.checkedRolledForward(holidays: holidays) ?? from
  }

  /// Their lump sum when it is more than zero and less than the total.
  func usableLumpSum() -> Money? {
    guard let lump = cashFlow.theirs.lumpSum, lump.minorUnits > 0,
      lump.minorUnits < total.minorUnits
    else { return nil }
    return lump
  }

  /// `units` rounded up to a whole unit of currency (a whole pound), or
  /// unchanged when that would overflow.
  func roundedUpToWholeUnits(_ units: Int64) -> Int64 {
    let unit = total.currency.minorUnitsPerMajor
    let remainder = units % unit
    guard remainder != 0 else { return units }
    let (rounded, overflow) = units.addingReportingOverflow(unit - remainder)
    return overflow ? units : rounded
  }

  /// `units` rounded down to a whole unit of currency, or unchanged below one unit.
  func roundedDownToWholeUnits(_ units: Int64) -> Int64 {
    let unit = total.currency.minorUnitsPerMajor
    return units >= unit ? units - units % unit : units
  }
}
