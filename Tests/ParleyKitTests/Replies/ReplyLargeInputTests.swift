import Testing

@testable import ParleyKit

/// Large replies are read in one linear pass.
@Suite("Reply triage: a 1 MB reply")
struct ReplyLargeInputTests {
  @Test("a 1 MB reply of many paragraphs is classified, with bounded weights")
  func oneMegabyte() {
    let paragraph = """
      Hi Sam, thanks for your patience. Things have been hard, cash flow is tight \
      and we lost a client. Could we pay in instalments, say £200 a month? 🙏

      """
    let count = 1_048_576 / paragraph.utf8.count + 1
    let text = String(repeating: paragraph, count: count)
    #expect(text.utf8.count >= 1_048_576)
    let analysis = triage(text)
    #expect(analysis.kind == .asksForPlan)
    #expect(analysis.secondary == [.hardship])
    #expect(analysis.confidence <= 0.95)
  }

  @Test("one 1 MB line with no spaces or punctuation is fine")
  func oneLongWord() {
    let text = String(repeating: "a", count: 1_048_576)
    #expect(triage(text).kind == .noRealAnswer)
  }
}

extension ReplyLargeInputTests {
  @Test("one 1 MB sentence full of promises and day-like words is fine")
  func oneMegabyteSentence() {
    let text = String(repeating: "I will pay the next ", count: 1_048_576 / 20 + 1)
    let analysis = triage(text)
    #expect(analysis.kind == .promiseToPay)
    #expect(analysis.promise?.date == nil)
  }
}
