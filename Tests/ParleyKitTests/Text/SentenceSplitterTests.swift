import Testing

@testable import ParleyKit

@Suite("SentenceSplitter: sentences with exact spans")
struct SentenceSplitterTests {
  private func sentences(_ text: String) -> [String] {
    SentenceSplitter.sentences(of: text).map { $0.text(in: text) }
  }

  @Test("sentences end at . ! ? … before a space, and at line breaks")
  func endings() {
    #expect(
      sentences("Invoice 42 is due. Can you pay?  Thanks!\nBest,\nSam")
        == ["Invoice 42 is due.", "Can you pay?", "Thanks!", "Best,", "Sam"])
    #expect(sentences("Well… fine. OK") == ["Well…", "fine.", "OK"])
    #expect(sentences("He said \"pay now.\" Then left.") == ["He said \"pay now.\"", "Then left."])
  }

  @Test("amounts, codes and dates with dots stay inside their sentence")
  func dotsInsideWords() {
    #expect(
      sentences("The balance is £1,200.50 on INV.2026.7 as of 01.12.2026. Thanks.")
        == ["The balance is £1,200.50 on INV.2026.7 as of 01.12.2026.", "Thanks."])
  }

  @Test("a hard-wrapped line runs on into the next; a short line does not")
  func hardWrapping() {
    let wrapped =
      "I am writing about the invoice for the kitchen refit, which is now\n"
      + "six weeks overdue. Please call me."
    #expect(
      sentences(wrapped) == [
        "I am writing about the invoice for the kitchen refit, which is now\nsix weeks overdue.",
        "Please call me.",
      ])
    #expect(sentences("Hi Sam\nThe invoice is attached") == ["Hi Sam", "The invoice is attached"])
  }

  @Test("empty and blank texts have no sentences")
  func empty() {
    #expect(sentences("").isEmpty)
    #expect(sentences("  \n\n \t").isEmpty)
  }

  @Test("law: spans are in order, inside the text, trimmed, and never empty")
  func spansLaw() {
    var random = SeededGenerator(seed: 8)
    let pieces = [
      "Pay", " ", ".", "!", "?", "\n", "£1.50", "…", "\"", "é", "👍🏽", "\r\n", "abc", "  ",
    ]
    for round in 0..<500 {
      let text = (0..<Int.random(in: 0...30, using: &random))
        .map { _ in pieces.randomElement(using: &random) ?? "" }.joined()
      let spans = SentenceSplitter.sentences(of: text)
      var previousEnd = 0
      for span in spans {
        let range = span.utf8Offsets
        #expect(
          range.lowerBound >= previousEnd && range.upperBound <= text.utf8.count, "round \(round)")
        #expect(!range.isEmpty, "round \(round)")
        let piece = span.text(in: text)
        #expect(
          piece.first?.isWhitespace == false && piece.last?.isWhitespace == false, "round \(round)")
        previousEnd = range.upperBound
      }
    }
  }
}
