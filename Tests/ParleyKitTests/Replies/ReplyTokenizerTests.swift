import Testing

@testable import ParleyKit

/// Normalised words: folding, contractions, typos, numbers, no matches inside words.
@Suite("ReplyTokenizer: normalised words")
struct ReplyTokenizerTests {
  /// The words of `text`.
  func words(_ text: String) -> [String] {
    ReplyTokenizer.tokens(of: ReplyText(text)).map(\.word)
  }

  @Test(
    "folding, contractions and typos",
    arguments: [
      ("We CAN’T pay", ["we", "can", "not", "pay"]),
      ("won't", ["will", "not"]),
      ("dont", ["do", "not"]),
      ("didn't", ["did", "not"]),
      ("we'll", ["we", "will"]),
      ("I’m", ["i", "am"]),
      ("it's", ["it", "is"]),
      ("let's", ["let", "us"]),
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

  @Test("numbers keep their marks and suffix; symbols and emoji stand alone")
  func numbers() {
    #expect(
      words("£1,200.50 on 15/12 or the 15th at 3pm 👍🏽") == [
        "£", "1,200.50", "on", "15/12", "or", "the", "15th", "at", "3pm", "👍",
      ])
    #expect(words("INV-2041.") == ["inv", "2041"])
  }

  @Test("sentences end at . ! ? and at a line break before a capital")
  func sentences() {
    let tokens = ReplyTokenizer.tokens(of: ReplyText("a b. c\nd\nE! f"))
    #expect(tokens.map(\.sentence) == [0, 0, 1, 1, 2, 3])
  }

  @Test("no rule matches inside another word")
  func wholeWords() {
    #expect(triage("Hello, the assessment is attached.").kind == .noRealAnswer)
    #expect(triage("Shellfish and scrapbooking").kind == .noRealAnswer)
    #expect(triage("the hell").kind == .hostile)
  }

  @Test("columns count characters, so an emoji is one column")
  func columns() {
    let tokens = ReplyTokenizer.tokens(of: ReplyText("🙈 I'll pay"))
    #expect(tokens.map(\.start) == [0, 2, 2, 7])
  }
}
