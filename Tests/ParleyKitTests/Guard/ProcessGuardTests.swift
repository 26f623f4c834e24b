import Testing

@testable import ParleyKit

/// One row of the guard table: a case, a step, a moment, and whether `rule` fires.
struct GuardCase: CustomTestStringConvertible, Sendable {
  let name: String
  let rule: GuardRule
  let fires: Bool
  let step: ProposedStep
  let now: Timestamp
  let build: @Sendable () -> CaseBuilder

  var testDescription: String { "\(rule.id) \(fires ? "fires" : "quiet"): \(name)" }
}

/// A case with mediation offered, the letter sent on 1 Mar 2027 and its window
/// (14 days for a business) over on 15 Mar.
@Sendable func afterLetter() -> CaseBuilder {
  CaseBuilder().escalate(.mediationOffered, "2027-02-10").escalate(
    .letterBeforeClaimSent, "2027-03-01")
}

let claim = ProposedStep.escalate(.claimFiled)
let email = ProposedStep.sendDraft(.firmReminder, channel: .email)

let guardTable: [GuardCase] = [
  // public shaming is always a stop
  GuardCase(
    name: "a post on social media", rule: .publicShaming, fires: true,
    step: .publicShaming(.socialMedia), now: noon("2027-03-01"), build: { CaseBuilder() }),
  GuardCase(
    name: "a reminder is not shaming", rule: .publicShaming, fires: false, step: email,
    now: noon("2027-03-01"), build: { CaseBuilder() }),
  // skip mediation
  GuardCase(
    name: "letter before claim with no mediation offered", rule: .skipMediation, fires: true,
    step: .sendDraft(.letterBeforeClaim, channel: .letter), now: noon("2027-03-01"),
    build: { CaseBuilder() }),
  GuardCase(
    name: "solicitors with no mediation offered", rule: .skipMediation, fires: true,
    step: .escalate(.passedToRecovery), now: noon("2027-03-01"), build: { CaseBuilder() }),
  GuardCase(
    name: "claim after mediation was offered", rule: .skipMediation, fires: false, step: claim,
    now: noon("2027-03-20"), build: afterLetter),
  GuardCase(
    name: "offering mediation itself", rule: .skipMediation, fires: false,
    step: .sendDraft(.mediationProposal, channel: .email), now: noon("2027-03-01"),
    build: { CaseBuilder() }),
  // claim before the letter, and inside its window
  GuardCase(
    name: "claim with no letter", rule: .claimBeforeLetter, fires: true, step: claim,
    now: noon("2027-03-20"), build: { CaseBuilder().escalate(.mediationOffered, "2027-02-10") }),
  GuardCase(
    name: "claim after the letter", rule: .claimBeforeLetter, fires: false, step: claim,
    now: noon("2027-03-20"), build: afterLetter),
  GuardCase(
    name: "claim on the window's last day (business, 14 days)", rule: .claimInReplyWindow,
    fires: true, step: claim, now: noon("2027-03-15"), build: afterLetter),
  GuardCase(
    name: "claim the day after the window", rule: .claimInReplyWindow, fires: false, step: claim,
    now: noon("2027-03-16"), build: afterLetter),
  GuardCase(
    name: "individual: day 20 of a 30-day window", rule: .claimInReplyWindow, fires: true,
    step: claim, now: noon("2027-03-21"),
    build: {
      CaseBuilder(debtor: .individual).escalate(.mediationOffered, "2027-02-10").escalate(
        .letterBeforeClaimSent, "2027-03-01")
    }),
  GuardCase(
    name: "individual: day 31", rule: .claimInReplyWindow, fires: false, step: claim,
    now: noon("2027-04-01"),
    build: {
      CaseBuilder(debtor: .individual).escalate(.mediationOffered, "2027-02-10").escalate(
        .letterBeforeClaimSent, "2027-03-01")
    }),
  // limits
  GuardCase(
    name: "solicitors for £1,200", rule: .recoveryUnderLimit, fires: true,
    step: .escalate(.passedToRecovery), now: noon("2027-05-01"), build: afterLetter),
  GuardCase(
    name: "solicitors for £25,000", rule: .recoveryUnderLimit, fires: false,
    step: .escalate(.passedToRecovery), now: noon("2027-05-01"),
    build: {
      CaseBuilder(invoice: 2_500_000).escalate(.mediationOffered, "2027-02-10")
    }),
  GuardCase(
    name: "claim for £10,000.01", rule: .claimOverLimit, fires: true,
    step: .escalate(.claimFiled, amount: pounds(1_000_001)), now: noon("2027-05-01"),
    build: afterLetter),
  GuardCase(
    name: "claim for exactly £10,000", rule: .claimOverLimit, fires: false,
    step: .escalate(.claimFiled, amount: pounds(1_000_000)), now: noon("2027-05-01"),
    build: afterLetter),
  // limitation: due 31 Jan 2027, six years
  GuardCase(
    name: "chasing on 1 Feb 2033", rule: .pastLimitation, fires: true, step: email,
    now: noon("2033-02-01"), build: { CaseBuilder() }),
  GuardCase(
    name: "chasing on 31 Jan 2033", rule: .pastLimitation, fires: false, step: email,
    now: noon("2033-01-31"), build: { CaseBuilder() }),
  // court fee, information before a claim
  GuardCase(
    name: "before a claim", rule: .courtFee, fires: true, step: claim, now: noon("2027-03-20"),
    build: afterLetter),
  GuardCase(
    name: "not before a reminder", rule: .courtFee, fires: false, step: email,
    now: noon("2027-03-20"), build: afterLetter),
  // pacing: 3 days apart
  GuardCase(
    name: "two days after the last email", rule: .contactTooSoon, fires: true, step: email,
    now: noon("2027-02-12"), build: { CaseBuilder().contact(.email, "2027-02-10") }),
  GuardCase(
    name: "three days after: chases are a week apart", rule: .contactTooSoon, fires: true,
    step: email, now: noon("2027-02-13"), build: { CaseBuilder().contact(.email, "2027-02-10") }),
  GuardCase(
    name: "seven days after", rule: .contactTooSoon, fires: false, step: email,
    now: noon("2027-02-17"), build: { CaseBuilder().contact(.email, "2027-02-10") }),
  GuardCase(
    name: "an inbound email does not count", rule: .contactTooSoon, fires: false, step: email,
    now: noon("2027-02-11"), build: { CaseBuilder().contact(.email, "2027-02-10", .inbound) }),
  GuardCase(
    name: "confirming a call straight away", rule: .contactTooSoon, fires: false,
    step: .sendDraft(.callConfirmation, channel: .email), now: noon("2027-02-10"),
    build: { CaseBuilder().contact(.phone, "2027-02-10") }),
  // cooldown after a conversation: 7 days
  GuardCase(
    name: "six days after a call", rule: .contactAfterConversation, fires: true, step: email,
    now: noon("2027-02-16"), build: { CaseBuilder().contact(.phone, "2027-02-10", .inbound) }),
  GuardCase(
    name: "seven days after a meeting", rule: .contactAfterConversation, fires: false,
    step: email, now: noon("2027-02-17"), build: { CaseBuilder().contact(.meeting, "2027-02-10") }),
  // budget: 8 in 30 days
  GuardCase(
    name: "a ninth contact in 30 days", rule: .contactBudget, fires: true, step: email,
    now: noon("2027-03-02"),
    build: {
      (0..<8).reduce(CaseBuilder()) {
        $0.contact(.email, date("2027-02-01").adding(days: $1 * 3).iso)
      }
    }),
  GuardCase(
    name: "the first of the eight has left the window", rule: .contactBudget, fires: false,
    step: email, now: noon("2027-03-03"),
    build: {
      (0..<8).reduce(CaseBuilder()) {
        $0.contact(.email, date("2027-02-01").adding(days: $1 * 3).iso)
      }
    }),
  // quiet hours 21:00–08:00, the user's zone
  GuardCase(
    name: "a call at 21:30 in London", rule: .quietHours, fires: true,
    step: .logContact(.phone), now: noon("2027-07-01", hour: 20, minute: 30, zone: "Europe/London"),
    build: { CaseBuilder() }),
  GuardCase(
    name: "a call at 08:00", rule: .quietHours, fires: false, step: .logContact(.phone),
    now: noon("2027-03-01", hour: 8), build: { CaseBuilder() }),
  GuardCase(
    name: "a letter at night", rule: .quietHours, fires: false,
    step: .sendDraft(.firmReminder, channel: .letter), now: noon("2027-03-01", hour: 23),
    build: { CaseBuilder() }),
  // a promise
  GuardCase(
    name: "chasing on the promised day", rule: .beforePromisedDate, fires: true, step: email,
    now: noon("2027-02-20"),
    build: {
      CaseBuilder().with(.promiseNoted(.init(on: date("2027-02-10"), by: date("2027-02-20"))))
    }),
  GuardCase(
    name: "the day after the promised day", rule: .beforePromisedDate, fires: false, step: email,
    now: noon("2027-02-21"),
    build: {
      CaseBuilder().with(.promiseNoted(.init(on: date("2027-02-10"), by: date("2027-02-20"))))
    }),
  // a plan on track
  GuardCase(
    name: "a reminder while the plan is on time", rule: .installmentNotLate, fires: true,
    step: email, now: noon("2027-02-15"), build: { withPlan() }),
  GuardCase(
    name: "a nudge once an installment is missed", rule: .installmentNotLate, fires: false,
    step: .sendDraft(.missedInstallment, channel: .email), now: noon("2027-03-10"),
    build: { withPlan() }),
  // a dispute
  GuardCase(
    name: "chasing a disputed sum", rule: .disputedAmount, fires: true, step: claim,
    now: noon("2027-03-20"),
    build: {
      afterLetter().with(
        .disputeNoted(
          .init(on: date("2027-03-02"), about: "phase 2 not delivered", amount: pounds(40_000))))
    }),
  GuardCase(
    name: "answering the dispute", rule: .disputedAmount, fires: false,
    step: .sendDraft(.disputeReply, channel: .email), now: noon("2027-03-20"),
    build: {
      afterLetter().with(
        .disputeNoted(.init(on: date("2027-03-02"), about: "phase 2 not delivered")))
    }),
]

/// A case with a 4-installment monthly plan of £300 from 1 Mar 2027, agreed 10 Feb.
@Sendable func withPlan() -> CaseBuilder {
  let schedule = try? InstallmentSchedule.equal(
    balance: pounds(120_000), count: 4, frequency: .monthly, firstDue: date("2027-03-01"))
  guard let schedule else { return CaseBuilder() }
  return CaseBuilder().with(
    .planAgreed(.init(id: "plan-1", on: date("2027-02-10"), schedule: schedule)))
}

@Suite("ProcessGuard: one row per rule, firing and not")
struct ProcessGuardTests {
  @Test(arguments: guardTable)
  func rule(_ row: GuardCase) throws {
    let state = try row.build().state()
    let warnings = ProcessGuard.check(
      row.step, state: state, profile: englandAndWales, now: row.now)
    let fired = warnings.first { $0.rule == row.rule }
    #expect((fired != nil) == row.fires, "\(warnings.map(\.id))")
    if let fired {
      #expect(!fired.why.isEmpty && !fired.instead.parts.isEmpty)
      #expect(fired.severity == row.rule.severity)
    }
  }

  @Test func everyRuleHasARowThatFiresAndOneThatDoesNot() {
    for rule in GuardRule.allCases {
      #expect(guardTable.contains { $0.rule == rule && $0.fires }, "\(rule.id)")
      #expect(guardTable.contains { $0.rule == rule && !$0.fires }, "\(rule.id)")
    }
  }

  @Test func inScotlandTheDebtPrescribesAndAPartPaymentRestartsTheFiveYears() throws {
    let scotland = builtInProfile("gb-sct")
    let email = ProposedStep.logContact(.email)
    // Due 31 Jan 2027: prescribed after 31 Jan 2032 unless something restarts it.
    let unpaid = try CaseBuilder().state()
    let late = ProcessGuard.check(email, state: unpaid, profile: scotland, now: noon("2032-02-01"))
    let warning = try #require(late.first { $0.rule == .pastLimitation })
    #expect(warning.why.contains("the debt has likely prescribed (it is extinguished"))
    #expect(warning.facts.first?.value.contains("prescription") == true)
    let partPaid = try CaseBuilder().with(
      .paymentReceived(.init(amount: pounds(10_000), on: date("2029-06-01")))
    ).state()
    let restarted = ProcessGuard.check(
      email, state: partPaid, profile: scotland, now: noon("2032-02-01"))
    #expect(!restarted.contains { $0.rule == .pastLimitation })
    let afterRestart = ProcessGuard.check(
      email, state: partPaid, profile: scotland, now: noon("2034-06-02"))
    #expect(
      afterRestart.first { $0.rule == .pastLimitation }?.why.contains(
        "since the last part payment on 1 Jun 2029") == true)
  }

  @Test func warningsCarryTheirSourcedFacts() throws {
    let state = try CaseBuilder().escalate(.mediationOffered, "2027-02-10").state()
    let warnings = ProcessGuard.check(
      claim, state: state, profile: englandAndWales, now: noon("2027-03-20"))
    let letter = try #require(warnings.first { $0.rule == .claimBeforeLetter })
    #expect(
      letter.facts.map(\.path) == [
        "letterBeforeClaim.business.regime", "letterBeforeClaim.business.replyDays",
      ])
    #expect(letter.facts.allSatisfy { $0.source.url.hasPrefix("https://") })
    let fee = try #require(warnings.first { $0.rule == .courtFee })
    #expect(fee.amount == pounds(8_000))  // £1,200 is in the band up to £1,500: £80
  }

  @Test func stopsComeFirstThenWarningsThenInformation() throws {
    let state = try CaseBuilder().state()
    let warnings = ProcessGuard.check(
      claim, state: state, profile: englandAndWales, now: noon("2027-03-20"))
    #expect(warnings.map(\.severity) == warnings.map(\.severity).sorted(by: >))
    #expect(warnings.last?.rule == .courtFee)
  }

  @Test func genericProfileHasNoLimitsButStillGuardsTheLadder() throws {
    let state = try CaseBuilder().state()
    let warnings = ProcessGuard.check(
      .escalate(.passedToRecovery), state: state, profile: builtInProfile("generic"),
      now: noon("2027-03-20"))
    #expect(warnings.map(\.id) == ["skip-mediation"])
  }
}
