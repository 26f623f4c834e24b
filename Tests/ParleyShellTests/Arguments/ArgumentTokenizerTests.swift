import Testing

@testable import ParleyShell

@Suite("ArgumentTokenizer: words the way a shell splits them")
struct ArgumentTokenizerTests {
  @Test(arguments: [
    ("log --summary \"first reminder\"", ["log", "--summary", "first reminder"]),
    ("note they're paying  Friday", ["note", "they're", "paying", "Friday"]),
    ("note 'a b' c", ["note", "a b", "c"]),
    ("log --summary=\"first reminder\"", ["log", "--summary=first reminder"]),
    ("paid £1,200.50", ["paid", "£1,200.50"]),
    ("note \"say \\\"hi\\\"\"", ["note", "say \"hi\""]),
    ("note a\\ b", ["note", "a b"]),
    ("open \"\"", ["open", ""]),
    ("   ", []),
  ])
  func splitsWords(line: String, words: [String]) throws {
    #expect(try ArgumentTokenizer.words(of: line) == words)
  }

  @Test func anUnclosedQuoteIsAUsageErrorThatSaysWhichQuote() {
    #expect(
      throws: ShellError.usage("the \" quote is not closed; close it or remove it", command: nil)
    ) { try ArgumentTokenizer.words(of: "log --summary \"oops") }
  }
}
