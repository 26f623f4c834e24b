import Foundation
import ParleyKit
import Testing

@testable import ParleyShell

@Suite("plan and cashflow: proposals that fit both sides, agreed and tracked")
struct PlanCommandTests {
  func state(_ shell: ShellHarness) throws -> CaseState {
    try CaseBook(environment: shell.environment).load("acme-ltd")
  }

  @Test func cashflowOptionsRecordOnlyWhatWasGiven() throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    let run = try shell.oneShot([
      "cashflow", "--need", "£500", "--need-by", "2026-12-20", "--can-pay", "£300 a month",
      "--reason", "?",
    ])
    #expect(run.status == .success, "\(run.stderr)")
    let flow = try state(shell).cashFlow
    #expect(flow.mine.need == Money(minorUnits: 50_000, currency: .gbp))
    #expect(flow.mine.needBy == Day(year: 2026, month: 12, day: 20))
    #expect(flow.theirs.capacity?.per == .month)
    #expect(flow.mine.restBy == nil)
    #expect(try state(shell).unknownCashFlow == [.reason])
  }

  @Test func needingNothingIsShownAsNothingWithNoDay() throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    try shell.oneShot(["cashflow", "--need", "£500", "--need-by", "2026-12-20"])
    let none = try shell.oneShot(["cashflow", "--need", "none", "--lump-sum", "nothing"])
    #expect(none.status == .success, "\(none.stderr)")
    #expect(try state(shell).cashFlow.mine.need == .zero(.gbp))
    let shown = try shell.oneShot(["cashflow", "--show"])
    #expect(shown.stdout.contains("You need                         nothing soon\n"))
    #expect(shown.stdout.contains("By                               —\n"))
    #expect(shown.stdout.contains("Lump sum now                     none\n"))
  }

  @Test func aGuidedCashflowAtTheTerminalAsksAgainAfterABadAnswer() throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    let run = try shell.session([
      "open acme", "cashflow", "£500", "tomorrow", "", "maybe", "yes", "", "", "", "", "",
    ])
    #expect(run.stderr.contains("answer yes, no, or ? if you don't know"))
    #expect(try state(shell).cashFlow.mine.keepClient == true)
    #expect(run.stdout.contains("Your side first"))
  }

  @Test func planProposesNumberedOptionsAndAgreeRecordsTheChosenOne() throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    let proposal = try shell.oneShot(["plan"])
    #expect(proposal.status == .success)
    #expect(proposal.stdout.contains("Plans for the £1,200.50 Acme Ltd owes, best first:"))
    #expect(proposal.stdout.contains("\n1. ") && proposal.stdout.contains("\n2. "))
    let options = try #require(try state(shell).lastProposal?.options)
    #expect((2...4).contains(options.count))

    let agreed = try shell.oneShot(["plan", "agree", "2"])
    #expect(agreed.status == .success, "\(agreed.stderr)")
    let plan = try #require(try state(shell).activePlan)
    #expect(plan.id == "plan-1")
    #expect(plan.schedule == options[1].schedule)
    #expect(plan.schedule.total == Money(minorUnits: 120_050, currency: .gbp))
  }

  /// Acme with my need (£500 by 20 Dec), my wait (31 Mar) and their £300 a
  /// month from 1 Jan 2027: every option falls short somewhere.
  func acmeWithTightCashFlow() throws -> ShellHarness {
    let shell = try ShellHarness()
    try shell.makeAcme()
    let noted = try shell.oneShot([
      "cashflow", "--need", "£500", "--need-by", "2026-12-20", "--rest-by", "2027-03-31",
      "--can-pay", "£300 a month", "--from", "2027-01-01",
    ])
    #expect(noted.status == .success, "\(noted.stderr)")
    return shell
  }

  @Test func everyMarkIsExplainedInWordsOnItsLine() throws {
    let shell = try acmeWithTightCashFlow()
    let run = try shell.oneShot(["plan"])
    #expect(run.status == .success, "\(run.stderr)")
    let lines = run.stdout.split(separator: "\n").map(String.init)
    #expect(
      lines == [
        "Plans for the £1,200.50 Acme Ltd owes, best first:",
        "1. (!) less than you need by 20 Dec 2026 (£0.00 of £500.00); ends after the last day "
          + "you can wait (31 Mar 2027) — At their pace: 4 × £241.00 a month from 4 Jan 2027, "
          + "then £236.50 on 4 May 2027; done by 4 May 2027. Fits their £300.00 a month.",
        "2. (!) due before they said they can start paying (£500.00) — Your need first: £500.00 "
          + "on 18 Dec 2026, then 2 × £234.00 a month from 4 Jan 2027, then £232.50 on 1 Mar "
          + "2027; done by 1 Mar 2027. Meets your £500.00 by 20 Dec 2026.",
        "3. (!) less than you need by 20 Dec 2026 (£400.16 of £500.00); more than they said they "
          + "can pay each month (up to £400.18 against their £300.00) — Equal installments: 3 "
          + "installments a month from £400.16 on 7 Dec 2026 to £400.18; done by 8 Feb 2027 "
          + "(installment 3 takes the £0.02 that does not divide evenly).",
        "4. (!) less than you need by 20 Dec 2026 (£300.12 of £500.00); more than they said they "
          + "can pay each month (up to £300.14 against their £300.00) — Equal installments: 4 "
          + "installments a month from £300.12 on 7 Dec 2026 to £300.14; done by 8 Mar 2027 "
          + "(installment 4 takes the £0.02 that does not divide evenly).",
        "When the client accepts one, record it with 'plan agree N'.",
      ], "\(run.stdout)")
    // However the options fall, a mark is never bare: words follow it, then a dash.
    for line in lines where line.contains("(!)") {
      #expect(line.firstMatch(of: /^[0-9]+\. \(!\) [a-z£(][^—]+ — [A-Z]/) != nil, "\(line)")
    }
  }

  @Test func anOptionThatFitsBothSidesHasNoMark() throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    try shell.oneShot(["cashflow", "--can-pay", "£300 a month"])
    let run = try shell.oneShot(["plan"])
    #expect(
      run.stdout.contains(
        "\n1. At their pace: 4 × £241.00 a month from 7 Dec 2026, then £236.50 on 7 Apr 2027; "
          + "done by 7 Apr 2027. Fits their £300.00 a month.\n"), "\(run.stdout)")
  }

  @Test func planJSONCarriesEachConcernInWords() throws {
    let shell = try acmeWithTightCashFlow()
    let run = try shell.oneShot(["plan", "--json"])
    #expect(run.status == .success, "\(run.stderr)")
    let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8))
    Self.expectSnakeCaseKeys(json)
    let options = try #require((json as? [String: Any])?["options"] as? [[String: Any]])
    #expect(options.count == 4)
    let concerns = options.map { $0["concerns"] as? [[String: String]] }
    #expect(
      concerns.first
        == [
          [
            "concern": "misses_my_need",
            "why": "less than you need by 20 Dec 2026 (£0.00 of £500.00)",
          ],
          [
            "concern": "finishes_after_my_wait",
            "why": "ends after the last day you can wait (31 Mar 2027)",
          ],
        ])
    #expect(
      concerns.dropFirst().first
        == [
          [
            "concern": "exceeds_their_capacity",
            "why": "due before they said they can start paying (£500.00)",
          ]
        ])
    // The rest of each option is as before: the schedule and the checks.
    #expect(options.first?["kind"] as? String == "at_their_pace")
    #expect((options.first?["their_capacity"] as? [String: Any])?["busiest_total"] != nil)
  }

  @Test func planJSONGivesAnEmptyListWhenAnOptionFitsEverything() throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    let run = try shell.oneShot(["plan", "--json"])
    let options = try #require(
      (try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])?["options"]
        as? [[String: Any]])
    #expect(options.allSatisfy { ($0["concerns"] as? [Any])?.isEmpty == true })
  }

  /// Records an issue for any key in `json` that is not snake_case.
  static func expectSnakeCaseKeys(_ json: Any, path: String = "$") {
    if let object = json as? [String: Any] {
      for (key, value) in object {
        #expect(key.wholeMatch(of: /[a-z][a-z0-9]*(_[a-z0-9]+)*/) != nil, "key \(path).\(key)")
        expectSnakeCaseKeys(value, path: "\(path).\(key)")
      }
    } else if let array = json as? [Any] {
      for (index, element) in array.enumerated() {
        expectSnakeCaseKeys(element, path: "\(path)[\(index)]")
      }
    }
  }

  @Test func aCustomScheduleThatDoesNotAddUpIsRefusedAndNothingIsWritten() throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    let before = shell.journal("acme-ltd")
    let run = try shell.oneShot([
      "plan", "custom", "--installments", "2026-12-15 £600; 2027-01-15 £600",
    ])
    #expect(run.status == .failure)
    #expect(run.stderr.contains("1,200.50"), "\(run.stderr)")
    #expect(shell.journal("acme-ltd") == before)
  }

  @Test func aCustomScheduleNeedsExactlyOneShape() throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    let none = try shell.oneShot(["plan", "custom"])
    #expect(none.status == .usage)
    #expect(none.stderr.contains("say how to split it"))
    let two = try shell.oneShot(["plan", "custom", "--equal", "3", "--graduated", "3"])
    #expect(two.status == .usage)
  }

  @Test func customWithAgreeRecordsThePlanAtOnceAndShowTracksIt() throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    let run = try shell.oneShot([
      "plan", "custom", "--equal", "3", "--every", "month", "--first", "2026-12-15", "--agree",
    ])
    #expect(run.status == .success, "\(run.stderr)")
    let amounts = try #require(try state(shell).activePlan).schedule.installments.map(
      \.amount.minorUnits)
    #expect(amounts == [40_016, 40_016, 40_018])
    let show = try shell.oneShot(["plan", "show"])
    #expect(show.stdout.contains("Next: £400.16 due 15 Dec 2026."))
  }

  @Test func unknownSubcommandsSuggestTheClosest() throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    let run = try shell.oneShot(["plan", "agre", "1"])
    #expect(run.status == .usage)
    #expect(run.stderr.contains("'plan agre' is not a plan command. Did you mean 'plan agree'?"))
  }

  @Test func statutoryLateChargesAreWorkedOutAndOfferedAsALever() throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    // The rate on 30 Jun 2026 (3.75%): 11.75% on £1,200.50 for 59 days is
    // 120,050 × 59 × 1175 / 3,650,000 = 2,280.13p, so £22.80, plus £70 compensation.
    let known = try shell.oneShot(["plan", "--late-charges", "statutory"])
    #expect(known.status == .success, "\(known.stderr)")
    #expect(known.stdout.contains("£92.80"))
    // With 4% given: 12% is 2,328.60p, so £23.29 (to the nearest penny), plus £70.
    let run = try shell.oneShot([
      "plan", "--late-charges", "statutory", "--rate", "4", "--waive-if-kept",
    ])
    #expect(run.status == .success, "\(run.stderr)")
    #expect(run.stdout.contains("£93.29 late-payment charges waived if it is kept"))
    let option = try #require(try state(shell).lastProposal?.options.first)
    #expect(option.lateCharges?.amount == Money(minorUnits: 9_329, currency: .gbp))
  }

  @Test func statutoryLateChargesWithoutAKnownReferenceRateAskForIt() throws {
    let shell = try ShellHarness()
    try shell.oneShot([
      "new", "--client", "Acme Ltd", "--invoice", "INV-7", "--amount", "£1,000",
      "--issued", "2026-11-15", "--due", "2027-01-15",
    ])
    // Interest would start on 16 Jan 2027, fixed by the rate on 31 Dec 2026, not known yet.
    let missing = try shell.oneShot(["plan", "--late-charges", "statutory"])
    #expect(missing.status == .failure)
    #expect(missing.stderr.contains("no reference rate for 31 Dec 2026; give it with --rate"))
  }
}

@Suite("plan: late charges on a consumer debt name the law that limits them")
struct PlanConsumerChargesTests {
  @Test func aCaliforniaConsumerPlanWithChargesNamesTheRosenthalAct() throws {
    let shell = try ShellHarness()
    _ = try shell.oneShot([
      "new", "--client", "Dana Lopez", "--kind", "individual", "--jurisdiction", "us-ca",
      "--invoice", "1", "--amount", "$1,000", "--issued", "2026-09-01", "--due", "2026-10-01",
    ])
    let charged = try shell.oneShot(["plan", "--late-charges", "$50"])
    #expect(charged.status == .success, "\(charged.stderr)")
    #expect(charged.stderr.contains("Note: With a consumer, California's Rosenthal Act applies"))
    let plain = try shell.oneShot(["plan"])
    #expect(!plain.stderr.contains("Rosenthal"))
  }
}
