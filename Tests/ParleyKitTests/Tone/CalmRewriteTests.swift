import ParleyKit
import Testing

@Suite struct CalmRewriteTests {
  private func rewrite(_ text: String, context: ToneContext = .none) -> RewriteResult {
    CalmRewrite.rewrite(text, report: ToneChecker.check(text, context: context), context: context)
  }

  @Test(arguments: [
    (
      "As per my last email, invoice 42 is overdue!!!",
      "Following up on my last message, invoice 42 is overdue."
    ),
    (
      "We will take you to court if the balance of $2,300 is not paid.",
      "We will propose mediation if the balance of $2,300 is not paid."
    ),
    ("Pay invoice 42 within 24 hours.", "Pay invoice 42 within 14 days."),
    (
      "I am absolutely furious that invoice 55 is still unpaid.",
      "I am concerned that invoice 55 is still unpaid."
    ),
    ("Pay the damn invoice, you useless prick.", "Pay the invoice."),
    (
      "I'm sure you're very busy, but some of us have bills to pay.",
      "I understand things are busy, but this payment matters to my business."
    ),
    ("WTF, it's been 90 days.", "It's been 90 days."),
    ("Hi Sam. You have been warned. Invoice 19 is £310.", "Hi Sam. Invoice 19 is £310."),
    (
      "I have been waiting since JUNE for this payment.",
      "I have been waiting since june for this payment."
    ),
    (
      "As I've already explained, the invoice was due on 1 October.",
      "The invoice was due on 1 October."
    ),
  ])
  func rewritesToACalmDraft(_ draft: String, _ expected: String) {
    let result = rewrite(draft)
    #expect(result.text == expected)
    #expect(result.passes)
    #expect(ToneChecker.check(result.text).blocking.isEmpty)
  }

  @Test func whatCannotBeFixedRemainsWithAdvice() {
    let context = ToneContext(today: Day(year: 2026, month: 12, day: 1))
    let result = rewrite(
      "If invoice 77 is not paid within 14 days, I will issue a claim in the county court.",
      context: context)
    #expect(!result.passes)
    #expect(result.remaining.allSatisfy { $0.advice?.contains("draft mediation-proposal") == true })
  }

  @Test func aSentenceWithFactsIsNeverDropped() {
    let result = rewrite("There will be consequences if £450 isn't paid by 3 March.")
    #expect(result.text.contains("£450"))
    #expect(result.text.contains("3 March"))
  }

  @Test func aCalmDraftIsUnchanged() {
    let draft = "Hi Jo, invoice 7 (£300) is overdue. Could you let me know when it will be paid?"
    let result = rewrite(draft)
    #expect(result.text == draft)
    #expect(result.applied.isEmpty)
    #expect(result.passes)
  }

  /// Every flagged corpus draft whose rewrite fixes everything must pass the
  /// check and keep its facts; most flagged drafts must be fixable.
  @Test func corpusRewritesPassAndKeepTheFacts() {
    var fixed = 0
    var flagged = 0
    for draft in ToneCorpus.all where draft.isFlagged {
      flagged += 1
      let report = ToneChecker.check(draft.text, context: draft.context)
      let result = CalmRewrite.rewrite(draft.text, report: report, context: draft.context)
      let recheck = ToneChecker.check(result.text, context: draft.context)
      #expect(
        recheck.blocking.map(\.span.text) == result.remaining.map(\.span.text),
        "\(draft.text)", sourceLocation: draft.sourceLocation)
      guard result.passes else {
        #expect(
          result.remaining.allSatisfy { $0.advice != nil }, "\(draft.text)",
          sourceLocation: draft.sourceLocation)
        continue
      }
      fixed += 1
      let deadlines = report.findings.filter { $0.ruleID == "NoUnreasonableUltimatums" }
      for fact in Self.facts(in: draft.text)
      where !deadlines.contains(where: { $0.span.text.contains(fact) }) {
        #expect(
          result.text.contains(fact), "lost '\(fact)' from: \(draft.text) → \(result.text)",
          sourceLocation: draft.sourceLocation)
      }
    }
    print("Calm rewrite: \(fixed) of \(flagged) flagged corpus drafts rewritten to pass the check")
    #expect(fixed * 2 >= flagged)
  }

  /// Amounts, invoice numbers and dates: words with a digit, and month names
  /// with the number before them.
  static func facts(in text: String) -> [String] {
    let months = [
      "January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December",
    ]
    let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "(" || $0 == ")" })
    var facts: [String] = []
    for word in words where word.contains(where: \.isNumber) {
      facts.append(String(word.trimmingCharacters(in: ".,;:!?")))
    }
    for month in months where text.contains(month) { facts.append(month) }
    return facts.filter { !$0.isEmpty }
  }
}

extension Substring {
  fileprivate func trimmingCharacters(in set: String) -> Substring {
    var result = self
    while let last = result.last, set.contains(last) { result = result.dropLast() }
    while let first = result.first, set.contains(first) { result = result.dropFirst() }
    return result
  }
}
