import Foundation
import Testing

/// Payment plans end to end: cash flow, proposals, agreeing, payments against
/// installments, misses and the next step, custom schedules, late charges,
/// revising and cancelling, and the refusals, through the built binary.
///
/// Days pass by running later commands with a later `PARLEY_NOW`.
@Suite("Plans: from cash flow to the last installment")
struct PlanFlowTests {
  /// A guided `new` answered by the lines after it: Acme Ltd owes £1,200.50 on
  /// INV-042, issued 1 Sep 2026, due 1 Oct 2026.
  static let guidedNew = [
    "new",
    "Acme Ltd",  // client
    "",  // kind [business]
    "",  // contact (skip)
    "",  // jurisdiction [gb-ewl]
    "",  // currency [GBP]
    "INV-042",  // invoice number
    "£1,200.50",  // amount
    "2026-09-01",  // issued
    "2026-10-01",  // due
    "no",  // another invoice?
    "yes",  // save?
  ]

  /// A guided `cashflow` with three "don't know" answers: I need £500 by 20 Dec
  /// and want to keep the client; they can pay £300 a month from 1 Jan 2027
  /// because their own customer paid late. 1 Jan is a bank holiday in England
  /// & Wales, so the installment due then falls on Monday 4 Jan.
  static let guidedCashflow = [
    "cashflow",
    "£500",  // what I need soon
    "2026-12-20",  // by when
    "?",  // how long I can wait for the rest: don't know
    "yes",  // keep the client
    "£300 a month",  // what they can pay
    "2027-01-01",  // from when
    "?",  // a lump sum now: don't know
    "their own customer paid late",  // their reason
    "?",  // when things improve: don't know
  ]

  /// Opens Acme Ltd one-shot with `amount` owed on INV-042 (due 1 Oct 2026).
  static func openAcme(_ sandbox: ParleySandbox, amount: String = "£1,200.50") throws {
    try sandbox.succeed([
      "new", "--client", "Acme Ltd", "--invoice", "INV-042", "--amount", amount,
      "--issued", "2026-09-01", "--due", "2026-10-01",
    ])
  }

  /// The numbered option lines of `plan`'s output ("1. ...", "2. ...").
  static func optionLines(_ output: String) -> [String] {
    output.split(separator: "\n").map(String.init)
      .filter { $0.firstMatch(of: #/^[0-9]+\. /#) != nil }
  }

  // MARK: - The whole story

  @Test("new → cashflow (with ?) → plan → agree → payments → a miss → two misses, in script mode")
  func newToMissedInstallments() throws {
    let sandbox = try ParleySandbox()

    // 29 Nov 2026: the case, both sides' cash flow, the proposals, the agreement.
    let start = try sandbox.script(
      Self.guidedNew + Self.guidedCashflow + ["cashflow --show", "plan", "plan agree 2"])
    try #require(start.status == 0, "\(start)")
    #expect(start.stderr.isEmpty, "\(start)")
    #expect(
      start.stdout.contains(
        """
        Recorded entry 3: cash flow. 'plan' proposes plans that fit both sides.
        You need                         £500.00
        By                               20 Dec 2026
        You can wait for the rest until  not known
        Keep the client                  yes
        They can pay                     £300.00 a month
        From                             1 Jan 2027
        Lump sum now                     not known
        Their reason                     their own customer paid late
        Things improve on                not known

        """), "\(start)")
    let noted = try #require(try sandbox.entries(ofType: "cashflow.noted").first)
    #expect(noted["unknown"] as? [String] == ["restBy", "lumpSum", "improvesOn"])

    // 2 to 4 options, numbered from 1, one line each, best first: what they
    // can pay leads; my need first follows, since it asks before they can pay.
    #expect(start.stdout.contains("Plans for the £1,200.50 Acme Ltd owes, best first:\n"))
    let options = Self.optionLines(start.stdout)
    #expect((2...4).contains(options.count), "\(start)")
    #expect(options.indices.allSatisfy { options[$0].hasPrefix("\($0 + 1). ") }, "\(options)")
    #expect(
      options.first
        == "1. (!) less than you need by 20 Dec 2026 (£0.00 of £500.00) — At their pace: "
        + "4 × £241.00 a month from 4 Jan 2027, then £236.50 on 4 May 2027; done by 4 May 2027. "
        + "Fits their £300.00 a month.")
    #expect(
      options.dropFirst().first
        == "2. (!) due before they said they can start paying (£500.00) — Your need first: "
        + "£500.00 on 18 Dec 2026, then 2 × £234.00 a month from 4 Jan 2027, then £232.50 on "
        + "1 Mar 2027; done by 1 Mar 2027. Meets your £500.00 by 20 Dec 2026.")
    #expect(try sandbox.entries(ofType: "plan.proposed").count == 1)
    #expect(
      start.stdout.hasSuffix(
        """
        Recorded entry 5: plan-1 agreed: 4 installments, £1,200.50 in all, finishing 1 Mar 2027.
        #  DUE           AMOUNT
        1  18 Dec 2026  £500.00
        2  4 Jan 2027   £234.00
        3  1 Feb 2027   £234.00
        4  1 Mar 2027   £232.50
        Payments recorded with 'paid' now count toward it; 'plan show' tracks it.

        """), "\(start)")
    #expect(try sandbox.entries(ofType: "plan.agreed").count == 1)

    // 20 Dec: the first installment arrives on time.
    let first = try sandbox.script(
      ["open acme", "paid £500 --on 2026-12-18", "plan show"], at: "2026-12-20T10:00:00Z")
    try #require(first.status == 0, "\(first)")
    #expect(
      first.stdout.hasSuffix(
        """
        plan-1, agreed 29 Nov 2026: £500.00 of £1,200.50 paid
        #  DUE           AMOUNT     PAID  STATUS
        1  18 Dec 2026  £500.00  £500.00  paid
        2  4 Jan 2027   £234.00    £0.00  upcoming
        3  1 Feb 2027   £234.00    £0.00  upcoming
        4  1 Mar 2027   £232.50    £0.00  upcoming
        Next: £234.00 due 4 Jan 2027.

        """),
      "\(first)")

    // 2 Jan: the second is a day late, still within the grace period.
    let late = try sandbox.run(["plan", "show", "--case", "acme"], at: "2027-01-05T10:00:00Z")
    #expect(late.status == 0, "\(late)")
    #expect(late.stdout.contains("2  4 Jan 2027   £234.00    £0.00  late (in grace)\n"), "\(late)")
    #expect(!late.stdout.contains("nudge"), "no nudge within the grace period: \(late)")

    // 10 Jan: the grace period is over: one missed installment, a calm nudge.
    let missed = try sandbox.script(
      ["open acme", "plan show", "cases", "cases --json"], at: "2027-01-10T10:00:00Z")
    try #require(missed.status == 0, "\(missed)")
    #expect(
      missed.stdout.contains(
        """
        plan-1, agreed 29 Nov 2026: £500.00 of £1,200.50 paid
        #  DUE           AMOUNT     PAID  STATUS
        1  18 Dec 2026  £500.00  £500.00  paid
        2  4 Jan 2027   £234.00    £0.00  missed
        3  1 Feb 2027   £234.00    £0.00  upcoming
        4  1 Mar 2027   £232.50    £0.00  upcoming
        Installment 2 was missed: a calm nudge is the next step; ask whether something \
        changed and when it can be paid.

        """), "\(missed)")
    #expect(
      missed.stdout.contains(
        """
        CASE      CLIENT    BALANCE   OVERDUE  LAST CONTACT  PLAN
        acme-ltd  Acme Ltd  £700.50  101 days  none yet      #2 missed: nudge

        """), "\(missed)")
    let shown = try sandbox.run(["show", "--case", "acme"], at: "2027-01-10T10:00:00Z")
    #expect(shown.stdout.contains("Installment 2 was missed: a calm nudge"), "\(shown)")
    let nudgeJSON = try sandbox.run(["cases", "--json"], at: "2027-01-10T10:00:00Z")
    let nudgeCases = try #require(
      (try parseJSON(nudgeJSON.stdout) as? [String: Any])?["cases"] as? [[String: Any]])
    #expect((nudgeCases.first?["plan"] as? [String: Any])?["next_step"] as? String == "nudge")

    // 2 Feb: they catch up and pay part of the third: caught up, then part-paid.
    let caughtUp = try sandbox.script(
      ["open acme", "paid £300 --on 2027-02-01", "plan show"], at: "2027-02-02T10:00:00Z")
    try #require(caughtUp.status == 0, "\(caughtUp)")
    #expect(
      caughtUp.stdout.hasSuffix(
        """
        plan-1, agreed 29 Nov 2026: £800.00 of £1,200.50 paid
        #  DUE           AMOUNT     PAID  STATUS
        1  18 Dec 2026  £500.00  £500.00  paid
        2  4 Jan 2027   £234.00  £234.00  paid
        3  1 Feb 2027   £234.00   £66.00  part-paid
        4  1 Mar 2027   £232.50    £0.00  upcoming
        Next: £168.00 due 1 Feb 2027.

        """), "\(caughtUp)")

    // 10 Mar: the rest of the third and all of the fourth missed: revisit the plan.
    let now = "2027-03-10T10:00:00Z"
    let twoMissed = try sandbox.succeed(["plan", "show", "--case", "acme"], at: now)
    #expect(
      twoMissed.stdout
        == """
        plan-1, agreed 29 Nov 2026: £800.00 of £1,200.50 paid
        #  DUE           AMOUNT     PAID  STATUS
        1  18 Dec 2026  £500.00  £500.00  paid
        2  4 Jan 2027   £234.00  £234.00  paid
        3  1 Feb 2027   £234.00   £66.00  missed
        4  1 Mar 2027   £232.50    £0.00  missed
        Installments 3, 4 were missed in a row: time to talk and revisit the plan \
        ('plan revise') rather than chase each one.

        """)
    let cases = try sandbox.succeed(["cases"], at: now)
    #expect(
      cases.stdout
        == """
        CASE      CLIENT    BALANCE   OVERDUE  LAST CONTACT  PLAN
        acme-ltd  Acme Ltd  £400.50  160 days  none yet      2 missed: revisit plan

        """)

    let json = try sandbox.succeed(["cases", "--json"], at: now)
    let list = try #require(
      (try parseJSON(json.stdout) as? [String: Any])?["cases"] as? [[String: Any]])
    expectSnakeCaseKeys(list)
    let plan = try #require(list.first?["plan"] as? [String: Any], "\(json)")
    #expect(plan["plan_id"] as? String == "plan-1")
    #expect(plan["agreed_on"] as? String == "2026-11-29")
    #expect(plan["today"] as? String == "2027-03-10")
    #expect(plan["next_step"] as? String == "revisit_plan")
    #expect(minorUnits(plan["paid"]) == 800_00)
    #expect(minorUnits(plan["remaining"]) == 400_50)
    #expect(minorUnits(plan["scheduled"]) == 1_200_50)
    let rows = try planInstallments(plan)
    #expect(rows.map { $0["number"] as? Int } == [1, 2, 3, 4])
    #expect(
      rows.map { $0["due"] as? String } == ["2026-12-18", "2027-01-04", "2027-02-01", "2027-03-01"])
    #expect(rows.map { minorUnits($0["amount"]) } == [500_00, 234_00, 234_00, 232_50])
    #expect(rows.map { minorUnits($0["paid"]) } == [500_00, 234_00, 66_00, 0])
    #expect(rows.map { $0["status"] as? String } == ["paid", "paid", "missed", "missed"])
    #expect(try sandbox.succeed(["verify"], at: now).status == 0)
  }

  // MARK: - Paying extra

  @Test("paying extra covers later installments in order, and the plan finishes early")
  func overpaymentShortensThePlan() throws {
    let sandbox = try ParleySandbox()
    try Self.openAcme(sandbox, amount: "£900")
    try sandbox.succeed([
      "plan", "custom", "--case", "acme", "--equal", "3", "--first", "2026-12-15", "--agree",
    ])

    // £650 on the first due day pays the first, the second ahead, and £50 of the third.
    try sandbox.succeed(
      ["paid", "£650", "--case", "acme", "--on", "2026-12-15"], at: "2026-12-20T10:00:00Z")
    // After the second's due day: paid ahead, so not late and not missed.
    let ahead = try sandbox.succeed(["plan", "show", "--case", "acme"], at: "2027-01-20T10:00:00Z")
    #expect(
      ahead.stdout
        == """
        plan-1, agreed 29 Nov 2026: £650.00 of £900.00 paid
        #  DUE           AMOUNT     PAID  STATUS
        1  15 Dec 2026  £300.00  £300.00  paid
        2  15 Jan 2027  £300.00  £300.00  paid
        3  15 Feb 2027  £300.00   £50.00  part-paid
        Next: £250.00 due 15 Feb 2027.

        """)
    let json = try sandbox.succeed(
      ["plan", "show", "--case", "acme", "--json"], at: "2027-01-20T10:00:00Z")
    let rows = try planInstallments(try parseJSON(json.stdout))
    #expect(rows.map { $0["status"] as? String } == ["paid", "paid", "part_paid"])
    #expect(rows.map { minorUnits($0["paid"]) } == [300_00, 300_00, 50_00])

    // The rest, a month early: the plan is complete.
    try sandbox.succeed(
      ["paid", "£250", "--case", "acme", "--on", "2027-01-20"], at: "2027-01-20T10:00:00Z")
    let done = try sandbox.succeed(["plan", "show", "--case", "acme"], at: "2027-01-20T10:00:00Z")
    #expect(done.stdout.contains("3  15 Feb 2027  £300.00  £300.00  paid\n"), "\(done)")
    #expect(done.stdout.hasSuffix("Every installment is paid: the plan is complete.\n"), "\(done)")
    let cases = try sandbox.succeed(["cases"], at: "2027-01-20T10:00:00Z")
    #expect(
      cases.stdout.contains("acme-ltd  Acme Ltd    £0.00        -  none yet      plan complete\n"),
      "\(cases)")
  }

  @Test(
    "running 'plan' again with nothing changed records nothing; a new set of options is recorded")
  func repeatedProposalsAreRecordedOnce() throws {
    let sandbox = try ParleySandbox()
    try Self.openAcme(sandbox)
    let first = try sandbox.succeed(["plan", "--case", "acme"])
    let proposals = { try sandbox.entries(ofType: "plan.proposed").count }
    #expect(try proposals() == 1)
    let again = try sandbox.succeed(["plan", "--case", "acme"])
    #expect(again.stdout == first.stdout)
    #expect(try proposals() == 1)
    try sandbox.succeed(["plan", "--case", "acme", "--max-months", "2"])
    #expect(try proposals() == 2)
    try sandbox.succeed(["plan", "custom", "--case", "acme", "--equal", "2"])
    try sandbox.succeed(["plan", "custom", "--case", "acme", "--equal", "2"])
    #expect(try proposals() == 3)
    // 'agree 1' takes the custom plan, the latest offered.
    try sandbox.succeed(["plan", "agree", "1", "--case", "acme"])
    let agreed = try sandbox.entries(ofType: "plan.agreed")
    #expect(agreed.count == 1)
  }

  // MARK: - Custom schedules

  @Test("plan custom --equal 3 with a deposit: the schedule sums exactly to the balance")
  func customEqualWithDeposit() throws {
    let sandbox = try ParleySandbox()
    // £1,200.00 less a £500 deposit leaves £700.00: 3 does not divide it, the last absorbs the penny.
    try Self.openAcme(sandbox, amount: "£1,200")
    let custom = try sandbox.succeed([
      "plan", "custom", "--case", "acme", "--equal", "3", "--every", "month",
      "--first", "2027-01-15", "--deposit", "£500", "--deposit-on", "2026-12-06",
    ])
    #expect(
      custom.stdout
        == """
        1. Your own schedule: £500.00 on 7 Dec 2026, then 3 installments a month from £233.33 \
        on 15 Jan 2027 to £233.34; done by 15 Mar 2027 (installment 4 takes the £0.01 that does \
        not divide evenly).
        #  DUE           AMOUNT
        1  7 Dec 2026   £500.00
        2  15 Jan 2027  £233.33
        3  15 Feb 2027  £233.33
        4  15 Mar 2027  £233.34
        When the client accepts it, record it with 'plan agree 1'.

        """)
    try sandbox.succeed(["plan", "agree", "1", "--case", "acme"])
    let json = try sandbox.succeed(["plan", "show", "--case", "acme", "--json"])
    let plan = try parseJSON(json.stdout)
    let rows = try planInstallments(plan)
    let amounts = rows.map { minorUnits($0["amount"]) }
    #expect(!amounts.contains(nil), "\(rows)")
    #expect(amounts.compactMap { $0 }.reduce(0, +) == 1_200_00)
    #expect(amounts == [500_00, 233_33, 233_33, 233_34])
    // The deposit's Sunday moves to Monday; the rest keep the 15th (all weekdays).
    #expect(
      rows.map { $0["due"] as? String } == ["2026-12-07", "2027-01-15", "2027-02-15", "2027-03-15"])
    #expect(minorUnits((plan as? [String: Any])?["scheduled"]) == 1_200_00)
  }

  @Test("plan custom --installments that do not sum to the balance: refused, journal unchanged")
  func customInstallmentsMustSumToBalance() throws {
    let sandbox = try ParleySandbox()
    try Self.openAcme(sandbox, amount: "£1,200")
    let before = try sandbox.journal()
    let short = try sandbox.run([
      "plan", "custom", "--case", "acme", "--installments", "2026-12-15 £600; 2027-01-15 £500",
    ])
    #expect(short.status == 1, "\(short)")
    #expect(short.stdout.isEmpty)
    #expect(
      short.stderr
        == "parley: the installments add up to £1,100.00 but the balance is £1,200.00; add £100.00\n"
    )
    #expect(try sandbox.journal() == before)

    let agreed = try sandbox.run([
      "plan", "custom", "--case", "acme", "--installments", "2026-12-15 £700; 2027-01-15 £600",
      "--agree",
    ])
    #expect(agreed.status == 1, "\(agreed)")
    #expect(agreed.stderr.contains("add up to £1,300.00 but the balance is £1,200.00"), "\(agreed)")
    #expect(try sandbox.journal() == before)
  }

  @Test("plan custom with two shapes at once is a usage error (exit 2)")
  func customTwoShapes() throws {
    let sandbox = try ParleySandbox()
    try Self.openAcme(sandbox)
    let before = try sandbox.journal()
    for shapes in [
      ["--equal", "3", "--graduated", "3"],
      ["--equal", "2", "--installments", "2026-12-15 £600.25; 2027-01-15 £600.25"],
    ] {
      let result = try sandbox.run(["plan", "custom", "--case", "acme"] + shapes)
      #expect(result.status == 2, "\(shapes): \(result)")
      #expect(
        result.stderr.hasPrefix(
          "parley: give one of --equal, --graduated, --balloon or --installments, not several\n"
            + "usage: parley plan "), "\(result)")
      #expect(try sandbox.journal() == before)
    }
  }

  // MARK: - Late charges

  @Test("--late-charges £70 adds them to every option; --waive-if-kept keeps the balance")
  func lateCharges() throws {
    let sandbox = try ParleySandbox()
    try Self.openAcme(sandbox)

    let charged = try sandbox.succeed(["plan", "--case", "acme", "--late-charges", "£70", "--json"])
    let chargedOptions = try #require(
      (try parseJSON(charged.stdout) as? [String: Any])?["options"] as? [[String: Any]])
    #expect((2...4).contains(chargedOptions.count))
    for option in chargedOptions {
      let schedule = option["schedule"] as? [String: Any]
      let amounts = try planInstallments(schedule).compactMap { minorUnits($0["amount"]) }
      let total = amounts.reduce(0, +)
      #expect(total == 1_200_50 + 70_00, "\(option)")
      let charges = option["late_charges"] as? [String: Any]
      #expect(charges?["treatment"] as? String == "charged")
      #expect(minorUnits(charges?["amount"]) == 70_00)
    }
    let chargedText = try sandbox.succeed(["plan", "--case", "acme", "--late-charges", "£70"])
    let chargedLines = Self.optionLines(chargedText.stdout)
    #expect(!chargedLines.isEmpty)
    #expect(
      chargedLines.allSatisfy { $0.hasSuffix(" Includes £70.00 late-payment charges.") },
      "\(chargedText)")

    let waived = try sandbox.succeed([
      "plan", "--case", "acme", "--late-charges", "£70", "--waive-if-kept", "--json",
    ])
    let waivedOptions = try #require(
      (try parseJSON(waived.stdout) as? [String: Any])?["options"] as? [[String: Any]])
    for option in waivedOptions {
      let schedule = option["schedule"] as? [String: Any]
      let amounts = try planInstallments(schedule).compactMap { minorUnits($0["amount"]) }
      let total = amounts.reduce(0, +)
      #expect(total == 1_200_50, "\(option)")
      #expect(
        (option["late_charges"] as? [String: Any])?["treatment"] as? String == "waived_if_kept")
    }
    let waivedText = try sandbox.succeed([
      "plan", "--case", "acme", "--late-charges", "£70", "--waive-if-kept",
    ])
    let waivedLines = Self.optionLines(waivedText.stdout)
    #expect(!waivedLines.isEmpty)
    #expect(
      waivedLines.allSatisfy { $0.hasSuffix(" £70.00 late-payment charges waived if it is kept.") },
      "\(waivedText)")
    #expect(waivedText.stdout.contains("Plans for the £1,200.50 Acme Ltd owes"))
  }

  @Test("an agreed plan with £70 charged, paid in full: the charges are not a credit to the client")
  func chargedLateChargesPaidInFull() throws {
    let sandbox = try ParleySandbox()
    try Self.openAcme(sandbox)
    try sandbox.succeed(["plan", "--case", "acme", "--late-charges", "£70"])
    let agreed = try sandbox.succeed(["plan", "agree", "1", "--case", "acme"])
    #expect(agreed.stdout.contains("£1,270.50 in all"), "\(agreed)")

    let later = "2027-02-20T10:00:00Z"
    try sandbox.succeed(
      ["paid", "£1,270.50", "--case", "acme", "--on", "2027-02-08"], at: later)
    let show = try sandbox.succeed(["plan", "show", "--case", "acme"], at: later)
    #expect(show.stdout.hasSuffix("Every installment is paid: the plan is complete.\n"), "\(show)")
    let detail = try sandbox.succeed(["show", "--case", "acme"], at: later)
    #expect(!detail.stdout.contains("credit to the client"), "\(detail)")

  }

  // MARK: - Revise and cancel

  @Test("plan revise after a payment totals what was left; plan cancel ends the plan")
  func reviseThenCancel() throws {
    let sandbox = try ParleySandbox()
    try Self.openAcme(sandbox)
    try sandbox.succeed([
      "plan", "custom", "--case", "acme", "--equal", "3", "--first", "2027-01-15",
      "--deposit", "£500", "--deposit-on", "2026-12-06", "--agree",
    ])
    let now = "2026-12-10T10:00:00Z"
    try sandbox.succeed(["paid", "£500", "--case", "acme", "--on", "2026-12-07"], at: now)

    let revised = try sandbox.succeed(
      [
        "plan", "revise", "--case", "acme", "--equal", "2", "--first", "2027-02-01",
        "--reason", "they lost a customer",
      ], at: now)
    #expect(
      revised.stdout
        == """
        Recorded entry 5: plan-1 revised: 2 installments, £700.50 in all, finishing 1 Mar 2027 \
        (they lost a customer).
        #  DUE          AMOUNT
        1  1 Feb 2027  £350.25
        2  1 Mar 2027  £350.25

        """)
    let revision = try #require(try sandbox.entries(ofType: "plan.revised").first)
    #expect(revision["reason"] as? String == "they lost a customer")

    let json = try sandbox.succeed(["plan", "show", "--case", "acme", "--json"], at: now)
    let plan = try #require(try parseJSON(json.stdout) as? [String: Any])
    let rows = try planInstallments(plan)
    #expect(rows.compactMap { minorUnits($0["amount"]) }.reduce(0, +) == 700_50)
    #expect(rows.map { $0["due"] as? String } == ["2027-02-01", "2027-03-01"])
    #expect(plan["revisions"] as? Int == 1)
    let show = try sandbox.succeed(["plan", "show", "--case", "acme"], at: now)
    #expect(
      show.stdout.hasPrefix(
        "plan-1, agreed 29 Nov 2026, revised 10 Dec 2026: £0.00 of £700.50 paid\n"), "\(show)")

    let cancelled = try sandbox.succeed(
      ["plan", "cancel", "--case", "acme", "--reason", "paid in full by bank transfer"], at: now)
    #expect(
      cancelled.stdout == "Recorded entry 6: plan-1 cancelled: paid in full by bank transfer.\n")
    let cancellation = try #require(try sandbox.entries(ofType: "plan.cancelled").first)
    #expect(cancellation["reason"] as? String == "paid in full by bank transfer")

    let before = try sandbox.journal()
    let noPlan = try sandbox.run(["plan", "show", "--case", "acme"], at: now)
    #expect(noPlan.status == 1, "\(noPlan)")
    #expect(noPlan.stdout.isEmpty)
    #expect(
      noPlan.stderr
        == "parley: plan-1 was cancelled on 10 Dec 2026 (paid in full by bank transfer); "
        + "no plan is running; 'plan' proposes new options\n", "\(noPlan)")
    let again = try sandbox.run(["plan", "cancel", "--case", "acme", "--reason", "twice"], at: now)
    #expect(again.status == 1, "\(again)")
    #expect(again.stderr == "parley: there is no plan running on this case\n")
    let cases = try sandbox.succeed(["cases"], at: now)
    #expect(
      cases.stdout.contains("acme-ltd  Acme Ltd  £700.50  70 days  none yet      -\n"), "\(cases)")
    #expect(try sandbox.journal() == before)
  }

  // MARK: - Refusals

  /// A refusal: the command (run on Acme Ltd with no proposal or plan yet), its
  /// exit status and how its message on stderr begins.
  struct Refusal: Sendable, CustomTestStringConvertible {
    var arguments: [String]
    var status: Int32
    var message: String
    var testDescription: String { arguments.joined(separator: " ") }
  }

  static let refusals: [Refusal] = [
    Refusal(
      arguments: ["plan", "agree", "1"], status: 1,
      message: "parley: there is no proposal to agree to yet; run 'plan' first\n"),
    Refusal(
      arguments: ["plan", "export", "--text"], status: 1,
      message: "parley: there is no agreed plan to export; 'plan agree N' records one\n"),
    Refusal(
      arguments: ["plan", "--max-months", "0"], status: 1,
      message: "parley: --max-months takes a number of months from 1 to 60\n"),
    Refusal(
      arguments: ["plan", "--max-months", "61"], status: 1,
      message: "parley: --max-months takes a number of months from 1 to 60\n"),
    Refusal(
      arguments: ["plan", "bogus"], status: 2,
      message: "parley: 'plan bogus' is not a plan command.\nusage: parley plan "
        + "[propose | custom | agree N | revise | cancel | show | export]"),
    Refusal(
      arguments: ["plan", "shwo"], status: 2,
      message: "parley: 'plan shwo' is not a plan command. Did you mean 'plan show'?\n"),
    Refusal(
      arguments: ["plan", "agre", "1"], status: 2,
      message: "parley: 'plan agre' is not a plan command. Did you mean 'plan agree'?\n"),
    Refusal(
      arguments: ["plan", "exprot"], status: 2,
      message: "parley: 'plan exprot' is not a plan command. Did you mean 'plan export'?\n"),
    Refusal(
      arguments: ["plan", "cancle"], status: 2,
      message: "parley: 'plan cancle' is not a plan command. Did you mean 'plan cancel'?\n"),
  ]

  @Test(
    "refusals with no proposal or plan yet: exit status, message, journal unchanged",
    arguments: refusals)
  func refusalsBeforeAPlan(_ refusal: Refusal) throws {
    let sandbox = try ParleySandbox()
    try Self.openAcme(sandbox)
    let before = try sandbox.journal()
    let result = try sandbox.run(refusal.arguments + ["--case", "acme"])
    #expect(result.status == refusal.status, "\(result)")
    #expect(result.stdout.isEmpty, "\(result)")
    #expect(result.stderr.hasPrefix(refusal.message), "\(result)")
    #expect(try sandbox.journal() == before)
  }

  @Test(
    "plan agree N outside the options offered is a usage error (exit 2), nothing recorded",
    arguments: [["9"], ["0"], ["x"], []])
  func agreeOutOfRange(option: [String]) throws {
    let sandbox = try ParleySandbox()
    try Self.openAcme(sandbox)
    let offered = Self.optionLines(try sandbox.succeed(["plan", "--case", "acme"]).stdout).count
    let before = try sandbox.journal()
    let result = try sandbox.run(["plan", "agree"] + option + ["--case", "acme"])
    #expect(result.status == 2, "\(result)")
    #expect(
      result.stderr.hasPrefix("parley: which option? plan agree N, with N from 1 to \(offered)\n"),
      "\(result)")
    #expect(try sandbox.journal() == before)
    #expect(try sandbox.entries(ofType: "plan.agreed").isEmpty)
  }

  @Test("plan agree with an extra argument is a usage error (exit 2), nothing recorded")
  func agreeExtraArgument() throws {
    let sandbox = try ParleySandbox()
    try Self.openAcme(sandbox)
    try sandbox.succeed(["plan", "--case", "acme"])
    let before = try sandbox.journal()
    let result = try sandbox.run(["plan", "agree", "1", "2", "--case", "acme"])
    let agreed = try sandbox.entries(ofType: "plan.agreed")
    let unchanged = try sandbox.journal() == before
    #expect(result.status == 2, "\(result)")
    #expect(unchanged, "the journal changed: \(agreed)")

  }

  @Test("a plan cannot be agreed on a day still to come (as payments and contacts cannot)")
  func agreeInTheFuture() throws {
    let sandbox = try ParleySandbox()
    try Self.openAcme(sandbox)
    try sandbox.succeed(["plan", "--case", "acme"])
    let before = try sandbox.journal()
    let future = try sandbox.run([
      "log", "--case", "acme", "--channel", "email", "--out",
      "--on", "2027-01-01", "--summary", "not yet",
    ])
    #expect(future.status == 1, "a contact in the future is refused: \(future)")
    let result = try sandbox.run(["plan", "agree", "1", "--case", "acme", "--on", "2027-01-01"])
    let unchanged = try sandbox.journal() == before
    #expect(result.status == 1, "\(result)")
    #expect(result.stderr.contains("in the future"), "\(result)")
    #expect(unchanged)

  }

  @Test("a custom plan whose first installment falls before the day it is agreed is refused")
  func customFirstInstallmentInThePast() throws {
    let sandbox = try ParleySandbox()
    try Self.openAcme(sandbox)
    let before = try sandbox.journal()
    let result = try sandbox.run([
      "plan", "custom", "--case", "acme", "--equal", "2", "--first", "2026-11-01", "--agree",
    ])
    let unchanged = try sandbox.journal() == before
    #expect(result.status == 1, "\(result)")
    #expect(unchanged)

  }

  @Test("a refusal in a script names its line and stops the script")
  func refusalInScript() throws {
    let sandbox = try ParleySandbox()
    try Self.openAcme(sandbox)
    let before = try sandbox.journal()
    let result = try sandbox.script(["open acme", "plan agree 1", "note never written"])
    #expect(result.status == 1, "\(result)")
    #expect(
      result.stderr == "stdin:2: there is no proposal to agree to yet; run 'plan' first\n")
    #expect(try sandbox.journal() == before)
  }
}
