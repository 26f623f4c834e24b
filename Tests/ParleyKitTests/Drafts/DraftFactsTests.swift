import Testing

@testable import ParleyKit

@Suite("DraftFacts: what a draft knows of a case")
struct DraftFactsTests {
  @Test func takesNamesInvoicesBalanceAndContactsFromTheFold() throws {
    let facts = try DraftCases.siobhan.facts()
    #expect(facts.client == "Siobhán O'Brien")
    #expect(facts.contactPerson == nil)
    #expect(facts.debtorKind == .individual)
    #expect(facts.jurisdiction == "gb-ewl")
    #expect(facts.currency == .gbp)
    #expect(facts.invoices.map(\.number) == ["2026-017", "2026-021", "2026-025"])
    #expect(facts.invoices[0].outstanding == draftMoney(70_000))
    #expect(facts.invoices[0].isPartlyPaid)
    #expect(facts.balance == draftMoney(120_000))
    #expect(facts.daysOverdue == 99)
    #expect(facts.lastContact?.on == date("2026-11-23"))
    #expect(facts.plan == nil && facts.planProgress == nil && facts.proposal == nil)
    #expect(facts.senderName == "Sam Lee")
  }

  @Test func takesThePlanItsProgressAndTheProposal() throws {
    let unal = try DraftCases.unal.facts()
    #expect(unal.plan?.id == "plan-1")
    #expect(unal.planProgress?.missed.map(\.installment.number) == [2])
    let renee = try DraftCases.renee.facts()
    #expect(renee.proposal?.options.isEmpty == false)
    #expect(renee.plan?.schedule.hasDeposit == true)
  }

  @Test(
    arguments: [
      ("Jane Smith", "Jane Smith"),
      ("  Jane   Smith ", "Jane Smith"),
      ("Jane Smith <jane@acme.test>", "Jane Smith"),
      ("\"Zoë Müller\" <zoe@unal.test>", "Zoë Müller"),
      ("jane@acme.test", nil),
      ("+44 20 7946 0000", nil),
      ("020 7946 0000", nil),
      ("", nil),
      ("<jane@acme.test>", nil),
    ] as [(String, String?)])
  func aContactIsAPersonOnlyWhenItIsAName(_ contact: String, _ person: String?) {
    #expect(DraftFacts.personName(contact) == person)
  }

  @Test func anEmptySenderNameSignsWithNone() throws {
    let state = try DraftCases.acme.state()
    #expect(
      DraftFacts(state: state, today: DraftCases.today, sender: SenderDetails(name: "  "))
        .senderName == nil)
    #expect(
      DraftFacts(state: state, today: DraftCases.today, sender: SenderDetails(name: " Sam  Lee "))
        .senderName
        == "Sam Lee")
  }
}
