import Testing

@testable import ParleyKit

/// Law: every draft parley writes passes its own check, in generated case
/// states: any weekday, any agreed day from today to a month ahead ("this
/// Friday" included), any mix of invoices, payments, contacts, plans and
/// proposals, any client and sender name, in every jurisdiction's currency.
@Suite("Every draft parley writes passes its own check, in generated case states")
struct DraftsPassToneCheckLawTests {
  @Test func everyDraftOfEveryGeneratedCasePasses() throws {
    var random = SeededGenerator(seed: 2026)
    var checked = 0
    for round in 0..<40 {
      let draftCase = Self.generatedCase(&random, round: round)
      let state = try draftCase.state()
      let agreedDate = draftCase.today.adding(days: Int.random(in: 0...30, using: &random))
      let facts = try draftCase.facts(
        extra: DraftExtras(
          agreedAmount: state.balance, agreedDate: agreedDate,
          disputedAmount: Money(
            minorUnits: max(1, state.balance.minorUnits / 3), currency: state.currency),
          disputeAbout: "the second phase of the work."))
      var context = ToneContext(
        state: state, today: facts.today, profile: builtInProfile(state.opened.jurisdiction))
      // Cadence is the guard's job, not the draft's words (as in the grid test).
      context.pacing = nil
      for kind in DraftKind.allCases where kind.isWritable(from: facts) {
        var kindContext = context
        if kind == .letterBeforeClaim { kindContext.mediationOffered = true }
        for variant in DraftVariant.allCases {
          let draft = try DraftRenderer.render(kind, facts: facts, variant: variant)
          for toneContext in [ToneContext.none, kindContext] {
            let blocking = ToneChecker.check(draft.fullText, context: toneContext).blocking
            checked += 1
            #expect(
              blocking.isEmpty,
              "round \(round), \(kind.id) \(variant.rawValue), agreed \(agreedDate.iso): \(blocking.map { "\($0.ruleID) \"\($0.span.text)\"" })\n\(draft.fullText)"
            )
          }
        }
      }
    }
    #expect(checked > 1_000)
  }

  /// A random case: a client, one to three invoices, perhaps a payment, a
  /// contact, a proposal or an agreed plan; written on a random day.
  static func generatedCase(_ random: inout SeededGenerator, round: Int) -> DraftCase {
    let places: [(jurisdiction: String, currency: Currency)] = [
      ("gb-ewl", .gbp), ("gb-sct", .gbp), ("gb-nir", .gbp), ("us-ca", .usd), ("us-ny", .usd),
      ("us-tx", .usd), ("generic", .eur),
    ]
    let clients = [
      "Acme Ltd", "Siobhán O'Brien", "Smith & Sons Landscaping, Inc.", "Zoë Müller",
      "The Harbour Street Bakery & Café (Brighton) Ltd", "J. Okafor", "北京设计有限公司", "Bob",
    ]
    let contacts: [String?] = [
      nil, "Jane Smith <jane@acme.test>", "+44 20 7946 0000", "accounts@client.test", "Dave",
    ]
    let place = places.randomElement(using: &random) ?? places[0]
    let currency = place.currency
    let today = date("2026-12-01").adding(days: Int.random(in: 0...400, using: &random))
    var events: [CaseEvent] = [
      draftOpened(
        clients.randomElement(using: &random) ?? "Acme Ltd",
        contact: contacts.randomElement(using: &random) ?? nil,
        kind: Bool.random(using: &random) ? .business : .individual,
        jurisdiction: place.jurisdiction, currency: currency.code)
    ]
    var balance: Int64 = 0
    for index in 0..<Int.random(in: 1...3, using: &random) {
      let amount = Int64.random(in: 5_000...2_500_000, using: &random)
      balance += amount
      let issued = today.adding(days: -Int.random(in: 20...200, using: &random))
      events.append(
        .invoiceAdded(
          .init(
            number: "INV-\(round)-\(index)", amount: Money(minorUnits: amount, currency: currency),
            issued: issued, due: issued.adding(days: 30))))
    }
    if Bool.random(using: &random) {
      let paid = Int64.random(in: 1...(balance / 2 + 1), using: &random)
      balance -= paid
      events.append(
        .paymentReceived(
          .init(
            amount: Money(minorUnits: paid, currency: currency),
            on: today.adding(days: -Int.random(in: 1...15, using: &random)))))
    }
    if Bool.random(using: &random) {
      let channels: [ContactChannel] = [.email, .phone, .letter, .message]
      events.append(
        .contactLogged(
          .init(
            channel: channels.randomElement(using: &random) ?? .email,
            direction: Bool.random(using: &random) ? .inbound : .outbound,
            on: today.adding(days: -Int.random(in: 0...20, using: &random)),
            summary: "about the invoice")))
    }
    let owed = Money(minorUnits: max(balance, 1), currency: currency)
    switch Int.random(in: 0...2, using: &random) {
    case 1:
      let on = today.adding(days: -Int.random(in: 0...10, using: &random))
      if let options = try? PlanProposer.propose(balance: owed, today: on) {
        events.append(.planProposed(.init(on: on, balance: owed, options: options)))
      }
    case 2:
      let first = today.adding(days: Int.random(in: -40...20, using: &random))
      if let schedule = try? InstallmentSchedule.equal(
        balance: owed, count: Int.random(in: 2...6, using: &random), frequency: .monthly,
        firstDue: first)
      {
        events.append(
          .planAgreed(.init(id: "plan-1", on: first.adding(days: -10), schedule: schedule)))
      }
    default:
      break
    }
    let senders: [String?] = [nil, "Sam Lee", "Alex Morgan-Wright"]
    return DraftCase(
      label: "generated \(round)", events: events, today: today,
      sender: senders.randomElement(using: &random) ?? nil)
  }
}
