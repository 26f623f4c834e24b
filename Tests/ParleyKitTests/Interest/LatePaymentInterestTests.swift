import Testing

@testable import ParleyKit

@Suite("LatePaymentInterest: worked examples, England & Wales")
struct LatePaymentInterestTests {
  func invoice(_ pence: Int64, due: String) -> CaseEvent.InvoiceAdded {
    .init(
      number: "INV-1", amount: pounds(pence), issued: date(due).adding(days: -30), due: date(due))
  }

  func compute(
    _ pence: Int64, due: String, today: String, payments: [(amount: Money, on: Day)] = [],
    debtor: DebtorKind = .business, profile: JurisdictionProfile = englandAndWales,
    override: Int? = nil
  ) throws(InterestError) -> InterestStatement {
    try LatePaymentInterest.compute(
      invoice: invoice(pence, due: due), payments: payments, debtor: debtor, profile: profile,
      today: date(today), referenceRateOverride: override)
  }

  @Test func thirtyDaysOnAThousandPounds() throws {
    // Due 15 Jan 2026, so interest starts 16 Jan: the reference day is
    // 31 Dec 2025 (3.75%), the rate 8% + 3.75% = 11.75%.
    // 30 days: 100,000p × 30 × 1175 / (10,000 × 365) = 965.75p → 966p (to the
    // nearest penny, a half up). Daily: 100,000p × 1175 / 3,650,000 = 32.19p → 32p.
    // £1,000 is not below £1,000, so compensation is the £70 band.
    let statement = try compute(100_000, due: "2026-01-15", today: "2026-02-14")
    #expect(statement.startsOn == date("2026-01-16"))
    #expect(statement.referenceDay == date("2025-12-31"))
    #expect(statement.rateBasisPoints == 1175)
    #expect(statement.days == 30)
    #expect(statement.interest == pounds(966))
    #expect(statement.daily == pounds(32))
    #expect(statement.compensation == pounds(7_000))
    #expect(statement.plusReasonableCosts)
    #expect(statement.facts.map(\.path).contains("statutoryInterest.referenceRates.2025-12-31"))
    #expect(statement.facts.allSatisfy { !$0.source.url.isEmpty })
  }

  @Test func theReferenceRateChangesWithTheHalfYearInterestStartsIn() throws {
    // Due 29 Jun 2025: starts 30 Jun, in the first half, so the rate on
    // 31 Dec 2024 (4.75%): 12.75%. 100 days on £5,000:
    // 500,000 × 100 × 1275 / 3,650,000 = 17,465.75p → £174.66.
    let first = try compute(500_000, due: "2025-06-29", today: "2025-10-07")
    #expect(first.referenceDay == date("2024-12-31"))
    #expect(first.rateBasisPoints == 1275)
    #expect(first.days == 100)
    #expect(first.interest == pounds(17_466))
    // Due 30 Jun 2025: starts 1 Jul, in the second half, so the rate on
    // 30 Jun 2025 (4.25%): 12.25%. 500,000 × 100 × 1225 / 3,650,000 = 16,780.82p → £167.81.
    let second = try compute(500_000, due: "2025-06-30", today: "2025-10-08")
    #expect(second.referenceDay == date("2025-06-30"))
    #expect(second.rateBasisPoints == 1225)
    #expect(second.interest == pounds(16_781))
  }

  @Test func roundedToTheNearestPennyAsThePublishedCalculatorsDo() throws {
    // £4,800 due 1 Oct 2026: interest starts 2 Oct, in the second half of
    // 2026, so the rate on 30 Jun 2026 (3.75%): 11.75%. 59 days to 29 Nov:
    // 480,000 × 59 × 1175 / 3,650,000 = 9,116.71p → £91.17 (rounding down gave £91.16).
    let statement = try compute(480_000, due: "2026-10-01", today: "2026-11-29")
    #expect(statement.referenceDay == date("2026-06-30"))
    #expect(statement.rateBasisPoints == 1175)
    #expect(statement.days == 59)
    #expect(statement.interest == pounds(9_117))
    // A half penny rounds up: 1 day on £730 at 11.75% is 73,000 × 1175 / 3,650,000 = 23.5p.
    let half = try compute(73_000, due: "2026-09-30", today: "2026-10-01")
    #expect(half.interest == pounds(24))
    #expect(half.daily == pounds(24))
  }

  @Test func compensationIsOwedEvenWhenTheReferenceRateIsNotKnownYet() {
    // Due 15 Jan 2027: the reference day 31 Dec 2026 is not in the table.
    let late = invoice(480_000, due: "2027-01-15")
    #expect(throws: InterestError.noReferenceRate(on: date("2026-12-31"))) {
      try LatePaymentInterest.compute(
        invoice: late, payments: [], debtor: .business, profile: englandAndWales,
        today: date("2027-03-01"))
    }
    #expect(
      LatePaymentInterest.compensation(on: late, debtor: .business, profile: englandAndWales)
        == pounds(7_000))
    #expect(
      LatePaymentInterest.compensation(on: late, debtor: .individual, profile: englandAndWales)
        == nil)
  }

  @Test func aSoleTraderOwesStatutoryInterestAndCompensationAConsumerDoesNot() throws {
    // The Late Payment Act covers business debts, a sole trader's included.
    let soleTrader = try compute(
      100_000, due: "2026-01-15", today: "2026-02-14", debtor: .soleTrader)
    #expect(soleTrader.interest == pounds(966))
    #expect(soleTrader.compensation == pounds(7_000))
    #expect(throws: InterestError.notForDebtor(.individual)) {
      try compute(100_000, due: "2026-01-15", today: "2026-02-14", debtor: .individual)
    }
  }

  @Test func theRateIsFixedForTheDebt() throws {
    // Bank Rate fell to 3.75% in December 2025, but a debt whose interest
    // started in July 2025 keeps 8% + 4.25% into 2026.
    let later = try compute(500_000, due: "2025-06-30", today: "2026-03-01")
    #expect(later.referenceDay == date("2025-06-30"))
    #expect(later.rateBasisPoints == 1225)
  }

  @Test func aPeriodAcrossTheLeapDay() throws {
    // Due 15 Feb 2028; the reference day 31 Dec 2027 is not in the table,
    // so the user gives 4.00%: 12%. 16 Feb to 16 Mar 2028 is 30 days with
    // 29 Feb: 1,000,000 × 30 × 1200 / 3,650,000 = 9,863.01p → £98.63.
    #expect(throws: InterestError.noReferenceRate(on: date("2027-12-31"))) {
      try compute(1_000_000, due: "2028-02-15", today: "2028-03-16")
    }
    let leap = try compute(1_000_000, due: "2028-02-15", today: "2028-03-16", override: 400)
    #expect(leap.days == 30)
    #expect(leap.interest == pounds(9_863))
    #expect(leap.referenceRateOverridden)
    #expect(!leap.facts.map(\.path).contains { $0.hasPrefix("statutoryInterest.referenceRates") })
    #expect(leap.compensation == pounds(10_000))  // £10,000 and over: £100
    // The same dates a year earlier are 29 days: 1,000,000 × 29 × 1200 / 3,650,000 = 9,534.24p.
    let common = try compute(1_000_000, due: "2027-02-15", today: "2027-03-16", override: 400)
    #expect(common.days == 29)
    #expect(common.interest == pounds(9_534))
  }

  @Test func aPartPaymentReducesThePrincipalFromTheNextDay() throws {
    // £2,000 due 31 Mar 2026 at 11.75%; £500 paid on 30 Apr.
    // 1–30 Apr: 30 days on 200,000p = 6,000,000 principal-days (the payment day included).
    // 1–30 May: 30 days on 150,000p = 4,500,000.
    // 10,500,000 × 1175 / 3,650,000 = 3,380.14p → £33.80.
    // Daily on £1,500: 150,000 × 1175 / 3,650,000 = 48.29p → 48p.
    let statement = try compute(
      200_000, due: "2026-03-31", today: "2026-05-30",
      payments: [(pounds(50_000), date("2026-04-30"))])
    #expect(statement.periods.map(\.days) == [30, 30])
    #expect(statement.periods.map(\.principal) == [pounds(200_000), pounds(150_000)])
    #expect(statement.interest == pounds(3_380))
    #expect(statement.daily == pounds(48))
    #expect(statement.outstanding == pounds(150_000))
    #expect(statement.compensation == pounds(7_000))
  }

  @Test func paidOnTheDueDayCarriesNoInterest() throws {
    let statement = try compute(
      100_000, due: "2026-03-31", today: "2026-05-30",
      payments: [(pounds(100_000), date("2026-03-31"))])
    #expect(statement.interest == pounds(0))
    #expect(statement.daily == pounds(0))
    #expect(statement.periods.isEmpty)
  }

  @Test func notYetDueHasNoInterest() throws {
    let statement = try compute(100_000, due: "2026-03-31", today: "2026-03-31")
    #expect(statement.days == 0)
    #expect(statement.interest == pounds(0))
    #expect(statement.daily == pounds(0))
  }

  @Test func compensationBands() throws {
    // Below £1,000: £40; £1,000 to £9,999.99: £70; £10,000 and over: £100.
    for (pence, expected) in [
      (99_999, 4_000), (100_000, 7_000), (999_999, 7_000), (1_000_000, 10_000),
    ]
      as [(Int64, Int64)]
    {
      let statement = try compute(pence, due: "2026-01-15", today: "2026-02-14")
      #expect(statement.compensation == pounds(expected), "\(pence)")
    }
  }

  @Test func onlyForBusinessDebtsWhereTheProfileHasIt() {
    #expect(throws: InterestError.notForDebtor(.individual)) {
      try compute(100_000, due: "2026-01-15", today: "2026-02-14", debtor: .individual)
    }
    #expect(throws: InterestError.noStatutoryInterest(profile: "us-ca")) {
      try compute(100_000, due: "2026-01-15", today: "2026-02-14", profile: builtInProfile("us-ca"))
    }
  }

  @Test func referenceDaysFollowTheThirtiethOfJuneAndThirtyFirstOfDecemberRule() throws {
    let rules = try #require(englandAndWales.statutoryInterest)
    for (start, reference) in [
      ("2026-01-01", "2025-12-31"), ("2026-06-30", "2025-12-31"), ("2026-07-01", "2026-06-30"),
      ("2026-12-31", "2026-06-30"), ("2028-02-29", "2027-12-31"),
    ] {
      #expect(LatePaymentInterest.referenceDay(for: date(start), rules: rules) == date(reference))
    }
  }
}
