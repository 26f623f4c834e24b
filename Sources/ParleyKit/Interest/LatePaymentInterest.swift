/// Statutory late-payment interest and fixed compensation on a
/// business-to-business invoice, from the profile's rules.
///
/// England & Wales: 8% over the reference rate in force on 30 June (for
/// interest starting 1 July–31 December) or 31 December (starting
/// 1 January–30 June), fixed for the debt; simple; daily at 1/365.
///
/// Choices:
/// - Interest runs from the day after the due date through `today`, both included.
/// - A payment reduces the principal from the day after it: the paid part
///   carries interest through the payment day, so its days late are the
///   payment day minus the due day (a payment on the due day carries none).
///   Payments are those allocated to the invoice, oldest first.
/// - All periods are summed as principal × days, then multiplied by the rate
///   and divided by 10,000 × the day basis once, rounded ``rounding``, so
///   no penny is lost between periods.
public enum LatePaymentInterest {
  /// Interest is rounded to the nearest minor unit, a half up, as the
  /// published late-payment calculators round it (amounts here are never negative).
  public static let rounding = RoundingRule.toNearestOrAwayFromZero

  /// Works out interest and compensation on `invoice` to `today`.
  ///
  /// - Parameters:
  ///   - invoice: The invoice.
  ///   - payments: Payments toward it with their days (any order).
  ///   - debtor: Business or individual; statutory interest is for businesses.
  ///   - profile: The jurisdiction's rules and reference-rate table.
  ///   - today: The last day of interest.
  ///   - referenceRateOverride: The reference rate in basis points, for a
  ///     reference day the profile does not know (or to correct it).
  /// - Throws: ``InterestError``.
  public static func compute(
    invoice: CaseEvent.InvoiceAdded, payments: [(amount: Money, on: Day)], debtor: DebtorKind,
    profile: JurisdictionProfile, today: Day, referenceRateOverride: Int? = nil
  ) throws(InterestError) -> InterestStatement {
    guard let rules = profile.statutoryInterest else {
      throw .noStatutoryInterest(profile: profile.id)
    }
    guard rules.covers(debtor) else { throw .notForDebtor(debtor) }
    let currency = invoice.amount.currency
    guard currency.code == profile.currency else {
      throw .currencyMismatch(invoice: currency.code, profile: profile.currency)
    }
    let startsOn = invoice.due.adding(days: 1)
    let referenceDay = referenceDay(for: startsOn, rules: rules)
    let reference: Int
    if let override = referenceRateOverride {
      reference = override
    } else if let known = rules.referenceRates.first(where: { $0.on == referenceDay }) {
      reference = known.basisPoints
    } else {
      throw .noReferenceRate(on: referenceDay)
    }
    let rate = Int64(rules.marginBasisPoints + reference)
    let periods = try periods(
      principal: invoice.amount, payments: payments, startsOn: startsOn, today: today)
    var principalDays: Int64 = 0
    for period in periods {
      let (product, overflow1) = period.principal.minorUnits.multipliedReportingOverflow(
        by: Int64(period.days))
      let (sum, overflow2) = principalDays.addingReportingOverflow(product)
      guard !overflow1, !overflow2 else { throw .overflow }
      principalDays = sum
    }
    let denominator = Int64(10_000) * Int64(rules.dayBasis)
    let outstanding = try outstanding(invoice.amount, payments: payments, through: today)
    let interest: Money
    let daily: Money
    do {
      interest = try Money(minorUnits: principalDays, currency: currency)
        .multiplied(by: rate, dividedBy: denominator, rounding: rounding)
      daily = try outstanding.multiplied(by: rate, dividedBy: denominator, rounding: rounding)
    } catch {
      throw .overflow
    }
    let compensation = compensation(on: invoice, debtor: debtor, profile: profile)
    var paths = [
      "statutoryInterest.appliesTo", "statutoryInterest.marginBasisPoints",
      "statutoryInterest.simple", "statutoryInterest.dayBasis", "statutoryInterest.referenceDates",
      "statutoryInterest.fixedPerDebt",
    ]
    if referenceRateOverride == nil {
      paths.append("statutoryInterest.referenceRates.\(referenceDay.iso)")
    }
    if compensation != nil {
      paths += [
        "fixedCompensation.bands", "fixedCompensation.perInvoice",
        "fixedCompensation.plusReasonableCosts",
      ]
    }
    return InterestStatement(
      invoice: invoice.number, today: today, startsOn: startsOn, referenceDay: referenceDay,
      referenceBasisPoints: reference, referenceRateOverridden: referenceRateOverride != nil,
      marginBasisPoints: rules.marginBasisPoints, dayBasis: rules.dayBasis, periods: periods,
      interest: interest, daily: today >= startsOn ? daily : .zero(currency),
      outstanding: outstanding, compensation: compensation,
      plusReasonableCosts: profile.fixedCompensation?.plusReasonableCosts ?? false,
      facts: profile.facts(paths))
  }

  /// The fixed compensation on `invoice`, when statutory interest applies to
  /// it (the same law gives both), whether or not its reference rate is known.
  public static func compensation(
    on invoice: CaseEvent.InvoiceAdded, debtor: DebtorKind, profile: JurisdictionProfile
  ) -> Money? {
    guard let rules = profile.statutoryInterest, rules.covers(debtor),
      invoice.amount.currency.code == profile.currency,
      let amount = profile.fixedCompensation?.amount(
        for: ProfileAmount(hundredths: hundredths(of: invoice.amount)))
    else { return nil }
    return amount.money(in: invoice.amount.currency)
  }

  /// The reference day for interest starting on `start`: the latest
  /// reference month-day strictly before it (31 Dec for a start on 1 Jan–30 Jun,
  /// 30 Jun for a start on 1 Jul–31 Dec).
  public static func referenceDay(for start: Day, rules: StatutoryInterestFacts) -> Day {
    let monthDays = rules.referenceDates.compactMap { MonthDay(interest: $0) }
    let candidates = [start.year, start.year - 1].flatMap { year in
      monthDays.map { $0.inYear(year) }
    }
    return candidates.filter { $0 < start }.max() ?? start.adding(days: -1)
  }

  /// The stretches of interest from `startsOn` through `today`, split at each payment day.
  static func periods(
    principal: Money, payments: [(amount: Money, on: Day)], startsOn: Day, today: Day
  ) throws(InterestError) -> [InterestPeriod] {
    guard today >= startsOn else { return [] }
    var owed = principal.minorUnits
    var periods: [InterestPeriod] = []
    var from = startsOn
    for payment in payments.sorted(by: { $0.on < $1.on }) where payment.on <= today {
      if payment.on >= from, owed > 0 {
        periods.append(
          InterestPeriod(
            from: from, through: payment.on,
            principal: Money(minorUnits: owed, currency: principal.currency)))
        from = payment.on.adding(days: 1)
      }
      owed = max(0, owed - payment.amount.minorUnits)
    }
    if owed > 0, from <= today {
      periods.append(
        InterestPeriod(
          from: from, through: today,
          principal: Money(minorUnits: owed, currency: principal.currency)))
    }
    return periods
  }

  /// What is owed on `amount` after the payments up to `through`.
  private static func outstanding(
    _ amount: Money, payments: [(amount: Money, on: Day)], through: Day
  ) throws(InterestError) -> Money {
    let paid = payments.filter { $0.on <= through }.map(\.amount.minorUnits).reduce(0, +)
    return Money(minorUnits: max(0, amount.minorUnits - paid), currency: amount.currency)
  }

  /// An amount in hundredths of a major unit, for comparing with profile bands.
  private static func hundredths(of money: Money) -> Int64 {
    ProfileAmount(hundredths: 100).money(in: money.currency).minorUnits == 100
      ? money.minorUnits
      : money.minorUnits * 100 / max(1, money.currency.minorUnitsPerMajor)
  }
}
