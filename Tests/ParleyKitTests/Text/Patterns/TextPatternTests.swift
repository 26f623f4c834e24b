import Testing

@testable import ParleyKit

/// The one pattern language: what it refuses, and how each item matches.
@Suite("TextPattern: one pattern language for every policy")
struct TextPatternTests {
  /// The matches of `pattern` in `text`, as (first, last, negated inside).
  private func matches(_ pattern: String, in text: String) -> [[Int]] {
    let lexicon = Lexicon(patterns: [pattern])
    let matcher = PatternMatcher(groups: [[pattern]], lexicon: lexicon)
    #expect(matcher.invalidPatterns.isEmpty)
    let tokenized = TextTokenizer.tokenize(text, lexicon: lexicon)
    return matcher.matches(in: tokenized)[0].map {
      [$0.first, $0.last, $0.isNegatedInside ? 1 : 0]
    }
  }

  @Test("every tone rule's and every reply signal's pattern compiles")
  func cataloguesCompile() {
    #expect(ReplyMatcher.standard.invalidPatterns.isEmpty)
    #expect(ToneEngine.shared.matcher.invalidPatterns.isEmpty)
    #expect(ReplySignal.catalogue.flatMap(\.patterns).count > 200)
  }

  @Test(
    "malformed patterns are refused",
    arguments: [
      "", "~2 pay", "the? pay", "@nosuchclass pay", "will ~0 pay", "!i", "pay !i|we",
      "!i !we pay", "pay #nosuch", "!#num pay",
    ])
  func refused(source: String) {
    #expect(TextPattern(source) == nil)
  }

  @Test("a ! guard refuses a match right after one of its words, in the sentence")
  func notAfterGuard() {
    let pattern = "!i|we have not ~2 working"
    #expect(matches(pattern, in: "I've not been working").isEmpty)
    #expect(matches(pattern, in: "the links have not been working") == [[2, 5, 0]])
    #expect(matches(pattern, in: "We did. Have not been working") == [[2, 5, 0]])
  }

  @Test("gaps take the fewest words, options may be absent, classes and inflections expand")
  func language() {
    let text = "we will definitely pay £500 in instalments"
    #expect(matches("will ~2 pay", in: text) == [[1, 3, 0]])
    #expect(matches("we ~1 pay", in: text).isEmpty)
    #expect(matches("pay #cur #num in? instalments", in: text) == [[3, 7, 0]])
    #expect(matches("pay #cur #num instalments", in: text).isEmpty)
    #expect(matches("@we will", in: text) == [[0, 1, 0]])
    #expect(matches("threaten+ me", in: "they threatened me") == [[1, 2, 0]])
  }

  @Test("a negation skipped by a gap is reported")
  func negationInGap() {
    #expect(matches("will ~2 paying", in: "we won't be paying") == [[1, 4, 1]])
  }

  @Test("a pattern never spans two sentences, nor matches inside a word")
  func bounds() {
    #expect(matches("will ~1 pay", in: "we will. Pay").isEmpty)
    #expect(matches("ass", in: "the class will assess it").isEmpty)
  }
}
