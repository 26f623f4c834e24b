import Testing

@testable import ParleyKit

@Suite("PrepSheet: the facts for one screen before a conversation")
struct PrepSheetTests {
  func state() throws -> CaseState {
    var flow = CashFlow()
    flow.mine.walkAway = pounds(90_000)
    flow.theirs.capacity = PaymentCapacity(amount: pounds(30_000), per: .month)
    return try CaseBuilder(invoice: 120_000, due: "2026-10-01")
      .contact(.phone, "2026-12-02", .inbound)
      .with(
        .promiseNoted(.init(on: date("2026-12-03"), by: date("2026-12-11"), amount: pounds(20_000)))
      )
      .with(.cashFlowNoted(.init(answers: flow, unknown: [])))
      .state()
  }

  @Test func theSheetHoldsWhatTheySaidTheOptionsAndThePrivateWalkAway() throws {
    let sheet = PrepSheet(
      state: try state(), profile: builtInProfile("gb-ewl"), today: date("2026-12-04"))
    #expect(sheet.balance == pounds(120_000))
    #expect(sheet.daysOverdue == 64)
    #expect(sheet.said.map(\.on) == [date("2026-12-02"), date("2026-12-03")])
    #expect(sheet.said.last?.what == "promised to pay £200.00 by 11 Dec 2026")
    #expect(!sheet.options.isEmpty && sheet.options.count <= 3)
    #expect(sheet.walkAway == pounds(90_000))
    // A business debt under the Late Payment Act: interest and £70 compensation.
    #expect(sheet.lateCharges?.compensation == pounds(7_000))
    #expect(sheet.commitment == sheet.options.first?.schedule.first.amount)
  }

  @Test func theWalkAwayPointIsNeverInADraft() throws {
    let state = try state()
    let facts = DraftFacts(
      state: state, today: date("2026-12-04"), profile: builtInProfile("gb-ewl"))
    for kind in DraftKind.allCases {
      guard let draft = try? DraftRenderer.render(kind, facts: facts, variant: .email) else {
        continue
      }
      #expect(!draft.fullText.contains("£900.00"), "\(kind)")
    }
  }
}
