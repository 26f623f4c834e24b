import ParleyKit

/// One invoice in `interest --json`: the statement, or why there is none.
struct InterestResultJSON: Encodable {
  let invoice: String
  let interest: Money?
  let daily: Money?
  let outstanding: Money?
  let days: Int?
  let startsOn: Day?
  let ratePercent: String?
  let referenceDay: Day?
  let referenceRatePercent: String?
  let referenceRateUserSupplied: Bool?
  let compensation: Money?
  let plusReasonableCosts: Bool?
  let sources: [FactJSON]?
  let why: String?
  let statement: InterestStatement?

  private enum CodingKeys: String, CodingKey {
    case invoice, interest, daily, outstanding, days, startsOn, ratePercent, referenceDay
    case referenceRatePercent, referenceRateUserSupplied, compensation, plusReasonableCosts
    case sources, why
  }

  /// The statement for one invoice, its facts judged as of `today`.
  init(_ statement: InterestStatement, today: Day) {
    invoice = statement.invoice
    interest = statement.interest
    daily = statement.daily
    outstanding = statement.outstanding
    days = statement.days
    startsOn = statement.startsOn
    ratePercent = InterestCommand.percentNumber(statement.rateBasisPoints)
    referenceDay = statement.referenceDay
    referenceRatePercent = InterestCommand.percentNumber(statement.referenceBasisPoints)
    referenceRateUserSupplied = statement.referenceRateOverridden
    compensation = statement.compensation
    plusReasonableCosts = statement.plusReasonableCosts
    sources = statement.facts.map { FactJSON($0, today: today) }
    why = nil
    self.statement = statement
  }

  /// A result without interest: `why`, and any compensation that is owed regardless.
  init(
    invoice: String, why: String, referenceDay: Day? = nil, compensation: Money? = nil,
    plusReasonableCosts: Bool? = nil
  ) {
    self.invoice = invoice
    interest = nil
    daily = nil
    outstanding = nil
    days = nil
    startsOn = nil
    ratePercent = nil
    self.referenceDay = referenceDay
    referenceRatePercent = nil
    referenceRateUserSupplied = nil
    self.compensation = compensation
    self.plusReasonableCosts = compensation == nil ? nil : plusReasonableCosts
    sources = nil
    self.why = why
    statement = nil
  }
}
