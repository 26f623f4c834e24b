import ParleyKit
import Testing

@Suite struct CalmRewriteTests {
  /// The rules' own rewrite, without the model.
  private func rewrite(_ text: String, context: ToneContext = .none) -> RewriteResult {
    CalmRewrite.rewrite(
      text, report: ToneChecker.check(text, context: context, model: nil), context: context,
      model: nil)
  }

  @Test(arguments: [
    (
      "As per my last email, invoice 42 is overdue!!!",
      "Following up on my last message, invoice 42 is overdue."
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
    #expect(result.dropped.isEmpty)
    #expect(result.passes)
    #expect(ToneChecker.check(result.text, model: nil).blocking.isEmpty)
  }

  @Test("a sentence with nothing to keep is taken out and listed as left out")
  func factlessSentenceIsListed() {
    let result = rewrite("Hi Sam. You have been warned. Invoice 19 is £310.")
    #expect(result.text == "Hi Sam. Invoice 19 is £310.")
    #expect(result.dropped == ["You have been warned."])
    #expect(result.passes)
  }

  @Test("a legal threat is left out, never turned into mediation as a threat")
  func legalThreatIsNotSwappedForMediation() {
    let result = rewrite(
      "Hi Sam. We will take you to court if the balance of $2,300 is not paid. Thanks.")
    #expect(result.text == "Hi Sam. Thanks.")
    #expect(result.dropped == ["We will take you to court if the balance of $2,300 is not paid."])
    #expect(!result.text.contains("mediation"))
    #expect(result.passes)
  }

  @Test("a sentence with facts goes only when nothing else calms it, and the user is told")
  func aSentenceWithFactsIsDroppedOnlyAsALastResort() {
    let result = rewrite(
      "Hi Jo. There will be consequences if £450 isn't paid by 3 March. Invoice 12 is attached.")
    #expect(result.text == "Hi Jo. Invoice 12 is attached.")
    #expect(result.dropped == ["There will be consequences if £450 isn't paid by 3 March."])
    #expect(result.passes)
  }

  @Test("timing from the case's facts stays: no wording fixes 'too soon'")
  func timingRemains() {
    let today = date("2026-12-01")
    let context = ToneContext(
      hasCase: true, today: today,
      pacing: ContactPacing(
        today: today, holds: [.tooSoon(last: date("2026-11-30"), days: 7)]))
    let result = rewrite(
      "Hi Jo, could you let me know when invoice 7 will be paid?", context: context)
    #expect(result.text == "Hi Jo, could you let me know when invoice 7 will be paid?")
    #expect(!result.remaining.isEmpty && result.remaining.allSatisfy(\.isAboutTiming))
    #expect(result.passes)
  }

  @Test func aCalmDraftIsUnchanged() {
    let draft = "Hi Jo, invoice 7 (£300) is overdue. Could you let me know when it will be paid?"
    let result = CalmRewrite.rewrite(draft, report: ToneChecker.check(draft))
    #expect(result.text == draft)
    #expect(result.applied.isEmpty)
    #expect(result.passes)
  }

  /// Law, with the model: the rewrite of every flagged draft in the training
  /// corpus passes the check, and every fact it loses is in a sentence it
  /// reports as left out.
  @Test func everyFlaggedCorpusDraftIsRewrittenToPass() throws {
    var keptAll = 0
    let flagged = try CorpusFiles.trainingDrafts().filter(\.flagged)
    for draft in flagged {
      let report = ToneChecker.check(draft.text)
      let result = CalmRewrite.rewrite(draft.text, report: report)
      #expect(result.passes, "\(draft.id): \(result.remaining.map(\.span.text))")
      #expect(ToneChecker.check(result.text).blocking.isEmpty, "\(draft.id)")
      let deadlines = report.findings.filter { $0.category == .ultimatum }
      var lost = false
      for fact in Self.facts(in: draft.text)
      where !deadlines.contains(where: { $0.span.text.contains(fact) })
        && !result.text.contains(fact)
      {
        lost = true
        #expect(
          result.dropped.contains { $0.contains(fact) } || draft.text.contains("> "),
          "\(draft.id): lost '\(fact)' without saying so")
      }
      if !lost { keptAll += 1 }
    }
    print(
      "Calm rewrite: all \(flagged.count) flagged training drafts pass; \(keptAll) keep every fact")
  }

  @Test("adjacent sentences taken out at the end of a draft, up to a trailing comma")
  func adjacentRemovalsAtTheEnd() {
    let draft = "I will review you on Trustpilot. The cheque is in the post,"
    let result = CalmRewrite.rewrite(draft, report: ToneChecker.check(draft))
    #expect(result.passes)
    #expect(result.text.allSatisfy { $0.isWhitespace })
    #expect(result.dropped.first == "I will review you on Trustpilot.")
  }

  /// Law: the rewrite of any mix of corpus sentences, glued with the seams
  /// drafts really have (spaces, commas, line breaks, none), never crashes and
  /// passes the check.
  @Test func rewritesOfMixedSentencesNeverCrashAndPass() throws {
    let drafts = try CorpusFiles.trainingDrafts()
    let quotes = drafts.flatMap { $0.problems.map(\.quote) }
    let calm = drafts.filter { !$0.flagged }.map(\.text)
    let seams = [" ", ", ", "\n", "", "\n\n", " ,", ". "]
    var random = SeededGenerator(seed: 42)
    for round in 0..<120 {
      var pieces: [String] = []
      for _ in 0..<Int.random(in: 1...4, using: &random) {
        let pool = Bool.random(using: &random) ? quotes : calm
        let piece = pool.randomElement(using: &random) ?? ""
        pieces.append(String(piece.prefix(Int.random(in: 20...300, using: &random))))
      }
      let draft =
        pieces.joined(separator: seams.randomElement(using: &random) ?? " ")
        + (seams.randomElement(using: &random) ?? "")
      let result = CalmRewrite.rewrite(draft, report: ToneChecker.check(draft))
      #expect(result.passes, "round \(round): \(draft)")
    }
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
    // A month is a fact next to a number ("3 May", "May 3"), not in "May I ask".
    for (index, word) in words.enumerated() {
      let name = word.trimmingCharacters(in: ".,;:!?")
      guard months.contains(String(name)) else { continue }
      let before = index > 0 && words[index - 1].contains(where: \.isNumber)
      let after = index + 1 < words.count && words[index + 1].contains(where: \.isNumber)
      if before || after { facts.append(String(name)) }
    }
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
