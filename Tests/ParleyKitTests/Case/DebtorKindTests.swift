import Foundation
import Testing

@testable import ParleyKit

@Suite("DebtorKind: a company, a sole trader or a consumer, each under its own rules")
struct DebtorKindTests {
  @Test(
    "typed answers",
    arguments: [
      ("business", DebtorKind.business), ("Ltd", .business), ("partnership", .business),
      ("sole trader", .soleTrader), ("Sole-Trader", .soleTrader), ("self-employed", .soleTrader),
      ("individual", .individual), ("consumer", .individual), ("person", .individual),
    ])
  func answers(_ text: String, _ kind: DebtorKind) {
    #expect(DebtorKind(answer: text) == kind)
  }

  @Test func aSoleTraderIsAPersonTradingAsABusiness() {
    #expect(DebtorKind.soleTrader.tradesAsBusiness && DebtorKind.soleTrader.isPerson)
    #expect(DebtorKind.business.tradesAsBusiness && !DebtorKind.business.isPerson)
    #expect(!DebtorKind.individual.tradesAsBusiness && DebtorKind.individual.isPerson)
  }

  @Test func journalsKeepTheirWordsAndReadTheNewOne() throws {
    let decoded = try JSONDecoder().decode(
      [DebtorKind].self, from: Data(#"["business","individual","sole-trader"]"#.utf8))
    #expect(decoded == [.business, .individual, .soleTrader])
  }

  @Test func theFallbackIsTheBusinessRuleWhereAProfileHasNoSoleTraderRule() {
    let facts = LetterBeforeClaimFacts(
      business: PreActionRule(regime: "demand", replyDays: 14, enclosures: nil),
      individual: PreActionRule(regime: "consumer", replyDays: 30, enclosures: nil))
    #expect(facts.key(for: .soleTrader) == "business")
    #expect(facts.rule(for: .soleTrader)?.regime == "demand")
  }

  @Test func inEnglandAndWalesASoleTraderGetsTheDebtProtocol() throws {
    let facts = try #require(englandAndWales.letterBeforeClaim)
    #expect(facts.key(for: .soleTrader) == "soleTrader")
    let rule = try #require(facts.rule(for: .soleTrader))
    #expect(rule.regime == "Pre-Action Protocol for Debt Claims")
    #expect(rule.replyDays == 30)
    #expect(rule.enclosures?.count == 4)
    let letter = try #require(
      LetterBeforeClaimRules.rules(profile: englandAndWales, debtor: .soleTrader))
    #expect(letter.rule == "Pre-Action Protocol for Debt Claims")
    #expect(letter.replyDays == 30)
    #expect(letter.source.hasPrefix("England & Wales profile: Pre-Action Protocol for Debt Claims"))
  }
}
