import Foundation
import Testing

@testable import ParleyKit

@Suite("Jurisdiction profiles: built-in files, facts and sources, decoding errors")
struct JurisdictionProfileTests {
  @Test(arguments: BuiltInProfiles.ids)
  func everyBuiltInLoadsAndEveryFactHasASourceAndDate(id: String) {
    let profile = builtInProfile(id)
    #expect(profile.id == id)
    #expect(profile.missingSources.isEmpty)
    #expect(!profile.disclaimer.isEmpty)
    #expect(profile.disclaimer.contains("not legal advice"))
    #expect(profile.ladder == LadderStage.allCases)
    #expect(Jurisdiction.withID(id)?.currency.code == profile.currency)
    #expect(Jurisdiction.withID(id)?.dateOrder == profile.dateOrder)
    for fact in profile.facts {
      #expect(fact.source.url.hasPrefix("http"), "\(id) \(fact.path)")
      // No source is dated after the profiles were last edited (4 December 2026).
      #expect(fact.source.asOf <= date("2026-12-04"), "\(id) \(fact.path)")
    }
  }

  @Test func englandAndWalesHasTheResearchedFacts() {
    let profile = englandAndWales
    #expect(profile.letterBeforeClaim?.business?.replyDays == 14)
    #expect(profile.letterBeforeClaim?.individual?.replyDays == 30)
    #expect(profile.letterBeforeClaim?.individual?.enclosures?.count == 4)
    #expect(profile.smallClaims?.limit == ProfileAmount(whole: 10_000))
    #expect(profile.limitationYears == 6)
    #expect(profile.statutoryInterest?.marginBasisPoints == 800)
    #expect(profile.fact("smallClaims.limit")?.value == "£10,000.00")
    #expect(profile.fact("smallClaims.limit")?.source.verification == .official)
    #expect(profile.fact("courtIssueFees")?.source.verification == .unverified)
    #expect(profile.bankHolidays?.map(\.iso).contains("2026-12-28") == true)
    #expect(profile.bankHolidays?.map(\.iso).contains("2027-01-01") == true)
    #expect(profile.fact("bankHolidays")?.source.asOf == Day(year: 2026, month: 11, day: 29))
  }

  @Test func factsWithoutTheirOwnSourceTakeTheirParents() {
    let fact = englandAndWales.fact("statutoryInterest.dayBasis")
    #expect(fact?.value == "1/365 a day")
    #expect(
      fact?.source.url
        == "https://www.gov.uk/late-commercial-payments-interest-debt-recovery/charging-interest-commercial-debt"
    )
  }

  @Test func staleFactsAreUnverifiedOrOlderThanTwelveMonths() {
    let profile = englandAndWales
    let soon = profile.staleFacts(today: date("2026-05-01"))
    #expect(soon.allSatisfy { $0.source.verification == .unverified })
    #expect(soon.contains { $0.path == "courtIssueFees" })
    #expect(!soon.contains { $0.path == "statutoryInterest.referenceRates.2025-12-31" })
    #expect(!soon.contains { $0.path == "smallClaims.limit" })
    let later = profile.staleFacts(today: date("2027-05-01"))
    // Everything checked before 1 May 2026, and nothing checked since.
    #expect(later.contains { $0.path == "statutoryInterest.referenceRates.2025-12-31" })
    #expect(!later.contains { $0.path == "statutoryInterest.referenceRates.2026-06-30" })
    #expect(!later.contains { $0.path == "bankHolidays" })
    #expect(
      later.map(\.path)
        == profile.facts.filter {
          $0.source.asOf < date("2026-05-01") || $0.source.verification == .unverified
        }.map(\.path))
  }

  @Test(
    arguments: [
      (30_000, 3_500), (30_001, 5_000), (100_000, 7_000), (1_000_000, 45_500),
      (1_000_001, 50_001), (20_000_000, 1_000_000), (20_000_001, 1_000_000),
    ] as [(Int64, Int64)])
  func courtIssueFeeByBand(claim: Int64, fee: Int64) {
    // 5% of £10,000.01 is £500.0005, rounded up to £500.01.
    #expect(englandAndWales.issueFee(for: pounds(claim)) == pounds(fee))
  }

  @Test func quietHoursRunPastMidnight() throws {
    let quiet = try #require(englandAndWales.contactRules.quietHours)
    let monday = date("2026-11-30")
    #expect(quiet.contains(TimeOfDay(validMinutesSinceMidnight: 21 * 60), on: monday))
    #expect(quiet.contains(TimeOfDay(validMinutesSinceMidnight: 7 * 60 + 59), on: monday))
    #expect(!quiet.contains(TimeOfDay(validMinutesSinceMidnight: 8 * 60), on: monday))
    #expect(!quiet.contains(TimeOfDay(validMinutesSinceMidnight: 20 * 60 + 59), on: monday))
  }

  @Test(
    "business days skip each place's own holidays",
    arguments: [
      ("us-ca", "2026-11-25", "2026-11-27"),  // Thanksgiving
      ("us-ny", "2027-12-30", "2028-01-03"),  // 1 January 2028 observed on Friday 31 December
      ("gb-sct", "2026-11-27", "2026-12-01"),  // St Andrew's Day, Monday 30 November
      ("gb-nir", "2027-07-09", "2027-07-13"),  // the Twelfth, Monday 12 July 2027
      ("gb-ewl", "2026-11-27", "2026-11-30"),  // no St Andrew's Day in England
    ])
  func holidays(_ id: String, _ from: String, _ next: String) throws {
    let holidays = Set(builtInProfile(id).bankHolidays ?? [])
    #expect(date(from).checkedAdding(businessDays: 1, holidays: holidays) == date(next))
  }

  @Test func inNewSouthWalesWeekendMorningsAreQuietUntilNine() throws {
    let nsw = builtInProfile("au-nsw")
    let quiet = try #require(nsw.contactRules.quietHours)
    let eightThirty = TimeOfDay(validMinutesSinceMidnight: 8 * 60 + 30)
    #expect(!quiet.contains(eightThirty, on: date("2026-12-04")))  // a Friday
    #expect(quiet.contains(eightThirty, on: date("2026-12-05")))  // a Saturday
    #expect(quiet.contains(eightThirty, on: date("2026-12-06")))  // a Sunday
    #expect(!quiet.contains(TimeOfDay(validMinutesSinceMidnight: 9 * 60), on: date("2026-12-05")))
    #expect(nsw.fact("contactRules.quietHours")?.value == "21:00–08:00 (09:00 at weekends)")
    #expect(nsw.mediation?.required == false)
  }

  // MARK: - Decoding errors name the file and the field

  /// The England & Wales file with `edit` applied to its JSON tree.
  func edited(_ edit: (inout [String: Any]) -> Void) throws -> Data {
    let text = try #require(BuiltInProfiles.text(id: "gb-ewl"))
    var tree = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    edit(&tree)
    return try JSONSerialization.data(withJSONObject: tree)
  }

  func error(_ data: Data) -> String? {
    do {
      _ = try JurisdictionProfile.decode(data, file: "jurisdictions/gb-ewl.json")
      return nil
    } catch {
      return error.description
    }
  }

  @Test func badJSON() {
    let message = error(Data("{\"id\": ".utf8))
    #expect(message?.hasPrefix("jurisdictions/gb-ewl.json: not valid JSON") == true)
  }

  @Test func wrongTypeNamesTheFieldPath() throws {
    let data = try edited { tree in
      var small = tree["smallClaims"] as? [String: Any] ?? [:]
      small["limit"] = "ten thousand"
      tree["smallClaims"] = small
    }
    #expect(error(data) == "jurisdictions/gb-ewl.json: smallClaims.limit: expected a number")
  }

  @Test func wrongTypeInAListNamesTheIndex() throws {
    let data = try edited { tree in
      var fees = tree["courtIssueFees"] as? [[String: Any]] ?? []
      fees[2]["fee"] = true
      tree["courtIssueFees"] = fees
    }
    #expect(error(data) == "jurisdictions/gb-ewl.json: courtIssueFees[2].fee: expected a number")
  }

  @Test func unknownFieldIsAnError() throws {
    let data = try edited { tree in
      var small = tree["smallClaims"] as? [String: Any] ?? [:]
      small["limt"] = 5000
      tree["smallClaims"] = small
    }
    #expect(error(data) == "jurisdictions/gb-ewl.json: smallClaims.limt: unknown field")
  }

  @Test func missingRequiredField() throws {
    let data = try edited { tree in tree["contactRules"] = nil }
    #expect(error(data) == "jurisdictions/gb-ewl.json: contactRules: missing")
    let inner = try edited { tree in
      var small = tree["smallClaims"] as? [String: Any] ?? [:]
      small["limit"] = nil
      tree["smallClaims"] = small
    }
    #expect(error(inner) == "jurisdictions/gb-ewl.json: smallClaims.limit: missing")
  }

  @Test func missingSourceForAFact() throws {
    let data = try edited { tree in
      var sources = tree["sources"] as? [String: Any] ?? [:]
      sources["limitationYears"] = nil
      tree["sources"] = sources
    }
    #expect(
      error(data) == "jurisdictions/gb-ewl.json: sources: no source for the fact 'limitationYears'")
  }

  @Test func unknownStageAndBadValues() throws {
    let stage = try edited { tree in tree["ladder"] = ["remind", "court"] }
    #expect(error(stage) == "jurisdictions/gb-ewl.json: ladder[1]: unknown value 'court'")
    let currency = try edited { tree in tree["currency"] = "XXX" }
    #expect(error(currency) == "jurisdictions/gb-ewl.json: currency: unknown currency 'XXX'")
    let asOf = try edited { tree in
      var sources = tree["sources"] as? [String: [String: Any]] ?? [:]
      sources["limitationYears"]?["asOf"] = "last year"
      tree["sources"] = sources
    }
    #expect(
      error(asOf)
        == "jurisdictions/gb-ewl.json: sources.limitationYears.asOf: 'last year' is not an ISO date (YYYY-MM-DD)"
    )
  }

  @Test func profileRoundTripsThroughJSON() throws {
    let data = try JSONEncoder().encode(englandAndWales)
    #expect(try JurisdictionProfile.decode(data, file: "x.json") == englandAndWales)
  }
}

@Suite("Jurisdiction profiles: the corrections checked against sources")
struct JurisdictionProfileCorrectionsTests {
  @Test func newYorksTenDaysAreNoticeBeforeFilingForCompanies() throws {
    let rule = try #require(builtInProfile("us-ny").letterBeforeClaim?.individual)
    #expect(rule.replyDays == nil)
    #expect(rule.minNoticeDays == 10)
    #expect(rule.maxNoticeDays == 180)
    #expect(rule.claimants == "entity")
    #expect(builtInProfile("us-ny").smallClaims?.entityRoute?.contains("Commercial Claims") == true)
  }

  @Test func theMediationPilotsEndIsNotStatedAsSettled() {
    let mediation = builtInProfile("gb-ewl").mediation
    #expect(mediation?.required == nil)
    #expect(mediation?.summary.contains("21 May 2026") == true)
    #expect(mediation?.summary.contains("unconfirmed") == true)
    #expect(
      mediation?.beforeClaim?.contains("only once a claim has been issued and defended") == true)
  }

  @Test func scotlandAndNorthernIrelandHaveCourtFeesAndHolidays() throws {
    let scotland = builtInProfile("gb-sct")
    #expect(scotland.issueFee(for: pounds(30_000))?.formatted == "£20.00")
    #expect(scotland.issueFee(for: pounds(120_000))?.formatted == "£110.00")
    #expect(scotland.bankHolidays?.contains(date("2026-06-15")) == true)
    #expect(scotland.bankHolidays?.contains(date("2027-11-30")) == true)
    let ireland = builtInProfile("gb-nir")
    #expect(ireland.issueFee(for: pounds(80_000))?.formatted == "£91.00")
    #expect(ireland.source(of: "courtIssueFees").verification == .unverified)
    #expect(ireland.bankHolidays?.contains(date("2027-07-12")) == true)
  }

  @Test func californiaHasItsContractLawsAndTheirScope() {
    let california = builtInProfile("us-ca")
    #expect(california.limitationYears == 4)
    #expect(california.limitationYearsOral == 2)
    #expect(california.contractInterest?.contains("§3289") == true)
    #expect(california.consumerCollectionLaw?.contains("does not cover business debts") == true)
    #expect(california.freelanceProtection?.contains("within 30 days") == true)
  }

  @Test func theFDCPAIsSaidNotToBindACreditorChasingItsOwnInvoice() {
    for id in ["us-ny", "us-fl", "us-tx"] {
      #expect(
        builtInProfile(id).consumerCollectionLaw?.contains("not you chasing your own invoice")
          == true, "\(id)")
    }
  }

  @Test func newSouthWalesAvoidsPublicHolidaysAndWeekendMornings() {
    let nsw = builtInProfile("au-nsw")
    #expect(nsw.contactRules.noContactOnHolidays == true)
    #expect(nsw.bankHolidays?.contains(date("2027-04-26")) == true)
    #expect(nsw.mediation?.required == false)
  }

  @Test func americanProfilesWriteAmericanLetters() {
    for id in ["us-ca", "us-ny", "us-fl", "us-tx"] {
      #expect(DraftLocale(code: builtInProfile(id).locale) == .american, "\(id)")
    }
    for id in ["gb-ewl", "gb-sct", "gb-nir", "au-nsw", "ca-on"] {
      #expect(DraftLocale(code: builtInProfile(id).locale) == .british, "\(id)")
    }
  }
}
