import Testing

@testable import ParleyKit

@Suite("CallObjection: a calm line for what the client says, by keyword or free text")
struct CallObjectionTests {
  func call() throws -> CallCompanion {
    CallCompanion(
      state: try CaseBuilder(invoice: 120_000, due: "2026-10-01").state(),
      today: date("2026-12-04"), dateOrder: .dayFirst)
  }

  @Test(
    "keywords, the specific before the general",
    arguments: [
      ("they never got the invoice, say accounts can't find it", CallObjection.neverGotTheInvoice),
      ("shouting that they can't pay", .anger),
      ("says the cheque is in the post", .chequeInThePost),
      ("not happy with the quality, talk to the finance team", .dispute),
      ("told me to ring their bookkeeper", .talkToAccounts),
      ("things are tight until the spring", .cashFlow),
      ("long pause", .silence),
    ])
  func keywords(note: String, objection: CallObjection) {
    #expect(CallObjection.matching(note) == objection)
  }

  @Test(
    "free text the reply model reads, with no keyword in it",
    arguments: [
      ("we lost our biggest customer last month", CallObjection.cashFlow),
      ("could we do it in three goes", .cashFlow),
      ("honestly we are just not in a position right now", .cashFlow),
    ])
  func freeText(note: String, objection: CallObjection) throws {
    #expect(CallObjection.matching(note) == nil, "the keywords alone miss it")
    #expect(try call().objection(in: note) == objection)
  }

  @Test func aPromiseOrAnUnsureReadingGivesNoLine() throws {
    #expect(try call().objection(in: "ok I will pay on friday") == nil)
    // The model leans to hardship here, unsure: no line beats a wrong one.
    #expect(try call().objection(in: "she says the money left their bank on tuesday") == nil)
  }
}
