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
}
