import Testing

@testable import ParleyKit

/// The rule catalogue and the pattern language.
@Suite("ReplyPattern: the rule catalogue compiles and matches whole words")
struct ReplyPatternTests {
  @Test("every pattern in the catalogue compiles")
  func catalogueCompiles() {
    #expect(ReplyMatcher.standard.invalidPatterns.isEmpty)
    #expect(ReplyMatcher.standard.patterns.count > 200)
  }

  @Test("rule ids are unique, named kind.policy, and negation targets exist")
  func ruleIDs() {
    let ids = ReplySignal.catalogue.map(\.id)
    #expect(Set(ids).count == ids.count)
    for signal in ReplySignal.catalogue {
      #expect(signal.id.split(separator: ".").count == 2, "\(signal.id)")
      if case .becomes(let target) = signal.negation {
        #expect(ids.contains(target), "\(signal.id) becomes unknown \(target)")
      }
    }
  }

  @Test("bad patterns are refused")
  func refused() {
    #expect(ReplyPattern("") == nil)
    #expect(ReplyPattern("~2 pay") == nil)
    #expect(ReplyPattern("the? pay") == nil)
    #expect(ReplyPattern("@nosuchmacro pay") == nil)
    #expect(ReplyPattern("will ~0 pay") == nil)
    #expect(ReplyPattern("!i") == nil)
    #expect(ReplyPattern("pay !i|we") == nil)
    #expect(ReplyPattern("!i !we pay") == nil)
  }

  @Test("a ! guard refuses a match right after one of its words, in the sentence")
  func notAfterGuard() throws {
    let pattern = try #require(ReplyPattern("!i|we have not ~2 working"))
    let mine = ReplyTokenizer.tokens(of: ReplyText("I've not been working"))
    #expect(pattern.match(mine, at: 1) == nil)
    let theirs = ReplyTokenizer.tokens(of: ReplyText("the links have not been working"))
    #expect(pattern.match(theirs, at: 2)?.end == 6)
    let first = ReplyTokenizer.tokens(of: ReplyText("we. have not been working"))
    #expect(pattern.match(first, at: 1)?.end == 5)
  }

  @Test("gaps, options, prefixes and classes")
  func language() throws {
    let tokens = ReplyTokenizer.tokens(of: ReplyText("we will definitely pay £500 in instalments"))
    let gap = try #require(ReplyPattern("will ~2 pay"))
    #expect(gap.match(tokens, at: 1)?.end == 4)
    let tooFar = try #require(ReplyPattern("we ~1 pay"))
    #expect(tooFar.match(tokens, at: 0) == nil)
    let optional = try #require(ReplyPattern("pay #cur #num in? instal*"))
    #expect(optional.match(tokens, at: 3)?.end == 8)
  }

  @Test("a negation inside a gap is reported")
  func negationInGap() throws {
    let tokens = ReplyTokenizer.tokens(of: ReplyText("we won't be paying"))
    let pattern = try #require(ReplyPattern("will ~2 paying"))
    #expect(pattern.match(tokens, at: 1)?.isNegatedInside == true)
  }

  @Test("a pattern never spans two sentences")
  func sentenceBound() throws {
    let tokens = ReplyTokenizer.tokens(of: ReplyText("we will. pay"))
    let pattern = try #require(ReplyPattern("will ~1 pay"))
    #expect(pattern.match(tokens, at: 1) == nil)
  }
}
