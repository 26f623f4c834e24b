import Testing

@testable import ParleyKit

/// One tokenizer for every policy: folded words, contractions, typos, numbers,
/// symbols, sentences and exact spans.
@Suite("TextTokenizer: the one tokenizer")
struct TextTokenizerTests {
  private let lexicon = Lexicon(patterns: ["pay", "flow", "money"])

  private func tokenized(_ text: String) -> TokenizedText {
    TextTokenizer.tokenize(text, lexicon: lexicon)
  }

  /// The folded words of `text`.
  private func words(_ text: String) -> [String] {
    let text = tokenized(text)
    return text.tokens.indices.map { text.foldedWord($0) }
  }

  @Test(
    "folding, contractions and typos",
    arguments: [
      ("We CAN’T pay", ["we", "can", "not", "pay"]),
      ("won't", ["will", "not"]),
      ("dont", ["do", "not"]),
      ("cannot", ["can", "not"]),
      ("didn't", ["did", "not"]),
      ("we'll", ["we", "will"]),
      ("I’m", ["i", "am"]),
      ("it's", ["it", "is"]),
      ("ill pay u tmrw", ["i", "will", "pay", "you", "tomorrow"]),
      ("I feel ill", ["i", "feel", "ill"]),
      ("cash-flow", ["cash", "flow"]),
      ("cashflow", ["cash", "flow"]),
      ("installments", ["instalments"]),
      ("clients' money", ["clients", "money"]),
    ])
  func folding(text: String, expected: [String]) {
    #expect(words(text) == expected)
  }

  @Test("numbers keep their marks and suffix; currency signs and emoji stand alone")
  func numbers() {
    #expect(
      words("£1,200.50 on 15/12 or the 15th at 3pm 👍🏽") == [
        "£", "1,200.50", "on", "15/12", "or", "the", "15th", "at", "3pm", "👍",
      ])
    #expect(words("INV-2041.") == ["inv", "2041"])
  }

  @Test("sentences end at . ! ? and at a line break, unless lower case goes on")
  func sentences() {
    #expect(tokenized("a bc. Cd\ne\nF! g").tokens.map(\.sentence) == [0, 0, 1, 1, 2, 3])
    #expect(tokenized("approx. 5 days, e.g. today").tokens.map(\.sentence).allSatisfy { $0 == 0 })
    #expect(tokenized("Thanks R. Patel").tokens.map(\.sentence) == [0, 0, 0])
  }

  @Test("spans are exact UTF-8 offsets, and a contraction widens to its whole word")
  func spans() {
    let text = tokenized("🙈 I'll pay")
    #expect(text.tokens.map(\.start) == [0, 5, 6, 10])
    #expect(text.text(text.offsets(1, 1)) == "I'll")
    #expect(text.text(text.offsets(2, 3)) == "I'll pay")
  }

  /// The sentences of `text`, as written.
  private func sentences(_ text: String) -> [String] {
    tokenized(text).sentenceSegments.map { $0.text(in: text) }
  }

  @Test("sentences run from the first word to . ! ? or the last word, ending at line breaks")
  func sentenceEndings() {
    #expect(
      sentences("Invoice 42 is due. Can you pay?  Thanks!\nBest,\nSam")
        == ["Invoice 42 is due.", "Can you pay?", "Thanks!", "Best", "Sam"])
    #expect(sentences("He said \"pay now.\" Then left.") == ["He said \"pay now.", "Then left."])
    #expect(sentences("Dear Mr. Jones, thanks.") == ["Dear Mr. Jones, thanks."])
  }

  @Test("amounts, codes and dates with dots stay inside their sentence")
  func dotsInsideWords() {
    #expect(
      sentences("The balance is £1,200.50 on INV.2026.7 as of 01.12.2026. Thanks.")
        == ["The balance is £1,200.50 on INV.2026.7 as of 01.12.2026.", "Thanks."])
  }

  @Test("a line runs on into the next when it goes on in lower case")
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

  @Test("quoted lines are not the writer's own sentences")
  func ownSentences() {
    let text = "Thanks, paying Friday.\n> You are a disgrace.\nOn Mon, Sam wrote:\nPay now!"
    let own = tokenized(text).ownSentenceSegments.map { $0.text(in: text) }
    #expect(own == ["Thanks, paying Friday."])
  }

  @Test("empty and blank texts have no sentences")
  func empty() {
    #expect(sentences("").isEmpty)
    #expect(sentences("  \n\n \t").isEmpty)
  }

  @Test("law: sentence spans are in order, inside the text, trimmed, and never empty")
  func spansLaw() {
    var random = SeededGenerator(seed: 8)
    let pieces = [
      "Pay", " ", ".", "!", "?", "\n", "£1.50", "…", "\"", "é", "👍🏽", "\r\n", "abc", "  ", "> ",
    ]
    for round in 0..<500 {
      let text = (0..<Int.random(in: 0...30, using: &random))
        .map { _ in pieces.randomElement(using: &random) ?? "" }.joined()
      var previousEnd = 0
      for span in tokenized(text).sentenceSegments {
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
