import Testing

@testable import ParleyKit

/// A case for draft tests: its journal's events, the day the draft is
/// written, the sender's name, and what it holds.
struct DraftCase: CustomTestStringConvertible, Sendable {
  /// A short label for test output.
  let label: String
  /// The journal's events, in order.
  let events: [CaseEvent]
  /// The day the drafts are written.
  let today: Day
  /// The name to sign with, if any.
  let sender: String?

  var testDescription: String { label }

  /// The case folded from its events, as the shell would.
  func state() throws -> CaseState {
    let stamp = Timestamp(secondsSince1970: 1_790_000_000, timeZoneID: "Europe/London")
    return try CaseState(
      events: events.enumerated().map {
        RecordedEvent(seq: $0.offset + 1, recordedAt: stamp, event: $0.element)
      })
  }

  /// The facts on ``today``, with extras every kind can use.
  func facts(extra: DraftExtras? = nil) throws -> DraftFacts {
    let state = try state()
    let extras =
      extra
      ?? DraftExtras(
        agreedAmount: state.balance, agreedDate: today.adding(days: 10),
        disputedAmount: Money(
          minorUnits: max(1, state.balance.minorUnits / 4), currency: state.currency),
        disputeAbout: "the hours billed in October.")
    // A named sender also says how to pay, so every payment block is checked too.
    let details = SenderDetails(
      name: sender, business: sender.map { "\($0) Studio" },
      bankDetails: sender.map { _ in "Sort code 20-00-00, account 55779911" },
      payLink: sender.map { _ in "https://pay.example.test/invoice" })
    return DraftFacts(
      state: state, today: today, sender: details, extra: extras,
      profile: builtInProfile(state.opened.jurisdiction))
  }
}

/// An amount in `currency` from minor units.
func draftMoney(_ minorUnits: Int64, _ currency: Currency = .gbp) -> Money {
  Money(minorUnits: minorUnits, currency: currency)
}

/// The event that opens a case.
func draftOpened(
  _ client: String, contact: String? = nil, kind: DebtorKind = .business,
  jurisdiction: String = "gb-ewl", currency: String = "GBP"
) -> CaseEvent {
  .caseOpened(
    .init(
      client: client, contact: contact, debtorKind: kind, jurisdiction: jurisdiction,
      currency: currency))
}

/// An invoice added to a case.
func draftInvoice(
  _ number: String, _ amount: Money, issued: String, due: String
) -> CaseEvent {
  .invoiceAdded(.init(number: number, amount: amount, issued: date(issued), due: date(due)))
}

/// A contact logged in a case.
func draftContact(
  _ channel: ContactChannel, _ direction: ContactDirection, on day: String,
  _ summary: String = "about the invoice"
) -> CaseEvent {
  .contactLogged(.init(channel: channel, direction: direction, on: date(day), summary: summary))
}

/// Every kind of case the grid renders drafts for.
enum DraftCases {
  /// The day every draft in the grid is written: Thursday 10 December 2026.
  static let today = date("2026-12-10")

  /// A UK business, one invoice, a named contact with an email address.
  static let acme = DraftCase(
    label: "business, one GBP invoice, named contact",
    events: [
      draftOpened("Acme Ltd", contact: "Jane Smith <jane@acme.test>"),
      draftInvoice("INV-042", draftMoney(120_000), issued: "2026-09-01", due: "2026-10-01"),
    ],
    today: today, sender: "Sam Lee")

  /// A UK individual, three invoices (one part-paid), an outbound email last.
  static let siobhan = DraftCase(
    label: "individual, three GBP invoices, one part-paid",
    events: [
      draftOpened("Siobhán O'Brien", kind: .individual),
      draftInvoice("2026-017", draftMoney(95_000), issued: "2026-08-03", due: "2026-09-02"),
      draftInvoice("2026-021", draftMoney(40_000), issued: "2026-09-01", due: "2026-10-01"),
      draftInvoice("2026-025", draftMoney(10_000), issued: "2026-10-01", due: "2026-10-31"),
      .paymentReceived(.init(amount: draftMoney(25_000), on: date("2026-10-10"))),
      draftContact(.email, .outbound, on: "2026-11-23"),
    ],
    today: today, sender: "Sam Lee")

  /// A Californian business reached by phone number, with plan options proposed
  /// and a message from them last.
  static let smithAndSons: DraftCase = {
    let balance = draftMoney(480_000, .usd)
    let options =
      (try? PlanProposer.propose(balance: balance, today: date("2026-12-09"))) ?? []
    return DraftCase(
      label: "business, one USD invoice, phone contact, proposal",
      events: [
        draftOpened(
          "Smith & Sons Landscaping, Inc.", contact: "+1 415 555 0100",
          jurisdiction: "us-ca", currency: "USD"),
        draftInvoice("A-1009", balance, issued: "2026-09-15", due: "2026-10-15"),
        draftContact(.message, .inbound, on: "2026-12-01", "cannot pay this month"),
        .planProposed(.init(on: date("2026-12-09"), balance: balance, options: options)),
      ],
      today: today, sender: nil)
  }()

  /// A Danish business in euros, with a running plan whose second installment
  /// was missed after the first was paid.
  static let unal: DraftCase = {
    let balance = draftMoney(300_000, .eur)
    let schedule = try? InstallmentSchedule.equal(
      balance: balance, count: 3, frequency: .monthly, firstDue: date("2026-11-02"))
    var events: [CaseEvent] = [
      draftOpened(
        "Ünal & Søn ApS", contact: "Zoë Müller", jurisdiction: "generic", currency: "EUR"),
      draftInvoice("F/2026/88", balance, issued: "2026-08-20", due: "2026-09-19"),
      draftContact(.phone, .outbound, on: "2026-10-14"),
    ]
    if let schedule {
      events.append(.planAgreed(.init(id: "plan-1", on: date("2026-10-15"), schedule: schedule)))
      events.append(
        .paymentReceived(.init(amount: draftMoney(100_000, .eur), on: date("2026-11-02"))))
    }
    return DraftCase(
      label: "business, EUR, plan with a missed installment", events: events, today: today,
      sender: "Sam Lee")
  }()

  /// A UK individual with a plan just agreed (deposit, late charges waived if
  /// kept) after a proposal, and a call with them today.
  static let renee: DraftCase = {
    let balance = draftMoney(250_000)
    let options = (try? PlanProposer.propose(balance: balance, today: date("2026-12-03"))) ?? []
    let schedule = try? InstallmentSchedule.equal(
      balance: balance, count: 4, frequency: .monthly, firstDue: date("2027-01-15"),
      deposit: Deposit(amount: draftMoney(50_000), due: date("2026-12-18")))
    var events: [CaseEvent] = [
      draftOpened("Renée D'Arcy-Nguyễn", contact: "renee@example.test", kind: .individual),
      draftInvoice("RD-7", balance, issued: "2026-10-01", due: "2026-10-31"),
      .planProposed(.init(on: date("2026-12-03"), balance: balance, options: options)),
      draftContact(.phone, .outbound, on: "2026-12-10"),
    ]
    if let schedule {
      events.append(
        .planAgreed(
          .init(
            id: "plan-1", on: date("2026-12-10"), schedule: schedule,
            lateCharges: LateCharges(amount: draftMoney(7_000), treatment: .waivedIfKept))))
    }
    return DraftCase(
      label: "individual, GBP, plan with deposit just agreed", events: events, today: today,
      sender: nil)
  }()

  /// A UK business with a long name, two invoices, one not yet due, and a
  /// call from them today.
  static let harbour = DraftCase(
    label: "business, two GBP invoices, one not yet due",
    events: [
      draftOpened("The Harbour Street Bakery & Café (Brighton) Ltd", contact: "accounts@hsb.test"),
      draftInvoice("HSB-2026-0117", draftMoney(1_234_567), issued: "2026-10-20", due: "2026-11-19"),
      draftInvoice("HSB-2026-0131", draftMoney(88_050), issued: "2026-11-30", due: "2026-12-30"),
      draftContact(.phone, .inbound, on: "2026-12-10"),
    ],
    today: today, sender: "Alex Morgan-Wright")

  /// Every case in the grid.
  static let all = [acme, siobhan, smithAndSons, unal, renee, harbour]
}

extension DraftKind {
  /// Whether this kind can be written from `facts`: the plan kinds need a
  /// plan, and a nudge needs a missed installment.
  func isWritable(from facts: DraftFacts) -> Bool {
    switch self {
    case .planConfirmation: facts.plan != nil
    case .missedInstallment: !(facts.planProgress?.missed.isEmpty ?? true)
    // A draft never asks for more than a running plan allows: while a plan
    // runs these are refused (a missed installment has its own draft).
    case .friendlyReminder, .firmReminder, .finalReminder, .mediationProposal, .letterBeforeClaim:
      facts.plan == nil
    default: true
    }
  }
}
