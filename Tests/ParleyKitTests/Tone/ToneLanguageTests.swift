import ParleyKit
import Testing

/// How the checker reads text: case, curly quotes, inflections, whole words,
/// emoji, CRLF, paragraphs, quotes and signatures, and long input.
@Suite struct ToneLanguageTests {
  @Test(arguments: [
    "WE WILL TAKE YOU TO COURT", "We’ll take you to court", "we will TAKE you to Court",
    "We're taking you to court", "I took them to court before and I'll do it again",
  ])
  func caseCurlyApostrophesAndInflectionsAllMatch(_ text: String) {
    let report = ToneChecker.check(text, model: nil)
    #expect(report.findings.contains { $0.ruleID == "NoPrematureLegalThreats" }, "\(text)")
  }

  @Test func nothingMatchesInsideAnotherWord() {
    assertCalm("The Scunthorpe classes assess Essex passengers; the cocktail was a hellish pun.")
    assertCalm("Courtney from courtyard catering said Sue'd love the new suede.")
  }

  @Test func linesAndColumnsCountCharactersAcrossEmojiAndCRLF() {
    let text = "Hi 👋🏽 Jo,\r\nThe café invoice is overdue!!! Pay.\r\n"
    let report = ToneChecker.check(text, model: nil)
    let marks = report.findings.first { $0.ruleID == "NoShouting" }
    #expect(marks?.span.line == 2)
    #expect(marks?.span.column == 28)
    #expect(marks?.span.text == "!!!")
    let emojiLine = ToneChecker.check("👋🏽👋🏽 é\u{301} YOU IDIOT", model: nil)
    let insult = emojiLine.findings.first { $0.ruleID == "NoInsults" }
    #expect(insult?.span.line == 1)
    #expect(insult?.span.column == 6)
  }

  @Test func loneCarriageReturnsAndParagraphsEndLines() {
    let report = ToneChecker.check("Hello.\rThis is\r\rbullshit.", model: nil)
    let finding = report.findings.first { $0.ruleID == "NoProfanity" }
    #expect(finding?.span.line == 4)
    #expect(finding?.span.column == 1)
  }

  @Test func aPhraseDoesNotRunAcrossSentences() {
    assertCalm("Could we talk? You will. Regret nothing, I say.")
  }

  @Test func aPhraseRunsAcrossAHardWrappedLine() {
    let report = ToneChecker.check("If it is not paid, we will take you\nto court.", model: nil)
    #expect(report.findings.contains { $0.ruleID == "NoPrematureLegalThreats" })
  }

  @Test func quotedClientWordsAreNotTheUsers() {
    assertCalm(
      """
      On Tue, 1 Dec 2026, Mark wrote:
      > You're a bunch of idiots and I'll see you in court!!!

      Hi Mark, I understand you're unhappy. Would mediation help?
      """)
    assertCalm("You said “we’ll pay when we feel like it, you clowns”. I'd like to agree a date.")
    assertCalm(
      "Your reply said ‘this invoice is a scam’. Could you tell me which items you dispute?")
  }

  @Test func anUnclosedQuoteIsNotAQuotation() {
    let report = ToneChecker.check("He said \"fine. You are a liar.", model: nil)
    #expect(report.findings.contains { $0.ruleID == "NoInsults" })
  }

  @Test func theSignatureBlockMayUseCapitals() {
    assertCalm(
      """
      Hi Jo,

      Invoice 7 is attached.

      Kind regards,
      SAM PATEL
      PATEL & SONS BUILDING SERVICES
      """)
  }

  @Test func negationScope() {
    assertCalm("There is no need for court; I'm sure we can agree a plan.")
    assertCalm("I'd like to resolve this without solicitors.")
    #expect(
      ToneChecker.check("I'm not threatening you, but I will take you to court.", model: nil)
        .verdict == .revise
    )
    #expect(
      ToneChecker.check("If you don't pay I'll take you to court.", model: nil).verdict == .revise)
  }

  @Test func severalParagraphsAreAllChecked() {
    let text = """
      Hi Ann,

      Invoice 4 is overdue.

      Frankly I'm fed up.

      Best,
      Tom
      """
    let anger = ToneChecker.check(text, model: nil).findings.first { $0.ruleID == "NoAnger" }
    #expect(anger?.span.line == 5)
    #expect(anger?.span.column == 13)
  }

  @Test func findingsAreInTextOrderAndTheVerdictIsTheWorst() {
    let report = ToneChecker.check("You idiot. Pay within 24 hours!! I'm furious.", model: nil)
    let starts = report.findings.map(\.span.utf8Offsets.lowerBound)
    #expect(starts == starts.sorted())
    #expect(report.verdict == .dontSend)
    #expect(ToneChecker.check("", model: nil).verdict == .send)
    #expect(ToneChecker.check("   \n\n  ", model: nil).findings.isEmpty)
  }

  @Test func everyRuleHasAnIDACategoryAndAPolicy() {
    let ids = ToneChecker.rules.map(\.id)
    #expect(Set(ids).count == ids.count)
    #expect(Set(ToneChecker.rules.map(\.category)) == Set(ToneCategory.allCases))
    #expect(ToneChecker.rules.allSatisfy { !$0.policy.isEmpty && $0.id.hasPrefix("No") })
  }

  @Test func aMegabyteOfTextIsChecked() {
    let paragraph = """
      Hi Sam, just a reminder that invoice INV-042 for £450 is overdue. Could you let me know \
      when I can expect payment? I'm not angry 🙂 but as per my last email it was due in \
      October, and “you’ll regret this” was your line, not mine!!

      """
    let text = String(repeating: paragraph, count: 1_048_576 / paragraph.utf8.count + 1)
    #expect(text.utf8.count > 1_000_000)
    let report = ToneChecker.check(text, model: nil)
    let repeats = 1_048_576 / paragraph.utf8.count + 1
    #expect(report.findings.filter { $0.ruleID == "NoSarcasm" }.count == repeats)
    #expect(report.findings.filter { $0.ruleID == "NoThreatsOfHarm" }.isEmpty)
    #expect(report.findings.last.map { $0.span.line } == repeats)
  }

  @Test func oneLineOfAMegabyteIsChecked() {
    let text = String(repeating: "Pay now!! ", count: 110_000)
    let report = ToneChecker.check(text, model: nil)
    #expect(report.findings.count == 110_000)
    #expect(report.findings.last?.span.column == 109_999 * 10 + 8)
  }
}
