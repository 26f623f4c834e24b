import Testing

@testable import ParleyKit

/// Laws of the text core over hostile text: spans stay in bounds and in order,
/// the layout and the tokenizer agree on lines, and nothing built on them crashes.
@Suite("Text core: laws over hostile text")
struct TextCoreLawTests {
  static let pieces = [
    "Pay", " ", ".", "!", "?", "\n", "\r\n", "\r", "\u{2028}", "\u{85}", "£1,200.50", "…", "\"",
    "“", "’", "'", "é", "e\u{301}", "👍🏽", "👨‍👩‍👧", "\u{A0}", "\t", "> ", "On Mon, Sam wrote:",
    "--", "Kind regards,", "Sam Lee", "ill pay", "can't", "CANNOT", "f***", "ｓｈｉｔｅ", "2 300 EUR",
    "4.12", "15/12", "next Friday", "yesterday", "\u{0}", "\u{1B}[31m", "#", "INV-042", "$",
    "€", "₹", "北京", "🖕", "wrote:", "From: A", "Sent: B", "-----Original Message-----",
  ]

  static func randomText(_ random: inout SeededGenerator) -> String {
    (0..<Int.random(in: 0...40, using: &random))
      .map { _ in pieces.randomElement(using: &random) ?? "" }.joined()
  }

  @Test func tokensSentencesAndLinesStayInBoundsAndInOrder() {
    var random = SeededGenerator(seed: 77)
    let lexicon = ReplyMatcher.standard.lexicon
    for round in 0..<600 {
      let text = Self.randomText(&random)
      let size = text.utf8.count
      let tokenized = TextTokenizer.tokenize(text, lexicon: lexicon)
      var previousStart = 0
      for token in tokenized.tokens {
        #expect(0 <= token.start && token.start < token.end && token.end <= size, "\(round)")
        #expect(token.start >= previousStart, "\(round)")
        previousStart = token.start
      }
      var previousEnd = 0
      for sentence in tokenized.sentences {
        #expect(previousEnd <= sentence.start && sentence.start < sentence.end, "\(round)")
        #expect(sentence.end <= size, "\(round)")
        previousEnd = sentence.end
      }
      #expect(MessageLayout(text).lines.count == tokenized.lines.count, "\(round): \(text)")
    }
  }

  @Test func checkingRewritingAndReadingNeverCrash() {
    var random = SeededGenerator(seed: 78)
    let today = Day(year: 2026, month: 12, day: 1) ?? .unixEpoch
    for _ in 0..<200 {
      let text = Self.randomText(&random)
      let report = ToneChecker.check(text)
      let rewrite = CalmRewrite.rewrite(text, report: report)
      #expect(rewrite.passes)
      let reply = ReplyClassifier.classify(
        text, today: today, currency: .gbp, dateOrder: .dayFirst)
      #expect(reply.confidence >= 0 && reply.confidence <= 1)
    }
  }
}
