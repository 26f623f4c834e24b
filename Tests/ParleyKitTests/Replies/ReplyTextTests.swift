import Testing

@testable import ParleyKit

/// Quoted earlier messages and signatures are not the client's answer.
@Suite("ReplyText: quotes and signatures are ignored")
struct ReplyTextTests {
  @Test("lines starting with > are ignored, wherever they are")
  func quotedLines() {
    let analysis = triage("> You're an idiot\n> and I won't pay\nThanks, noted.")
    #expect(analysis.kind == .noRealAnswer)
    #expect(
      analysis.evidence.map(EvidenceSpec.init) == [
        EvidenceSpec(3, 1, "Thanks", "no-answer.acknowledgement"),
        EvidenceSpec(3, 9, "noted", "no-answer.acknowledgement"),
      ])
  }

  @Test("everything from an \"On … wrote:\" line is ignored")
  func onWrote() {
    let text = """
      Hi,
      I'll pay £600 on Wednesday.

      On Mon, 30 Nov 2026 at 10:02, Alex Reid <alex@reid.design> wrote:
      We can set up a payment plan. You idiot.
      """
    let analysis = triage(text)
    #expect(analysis.kind == .promiseToPay)
    #expect(analysis.secondary.isEmpty)
    #expect(
      analysis.evidence.map(EvidenceSpec.init) == [
        EvidenceSpec(2, 1, "I'll pay", "promise.will-pay")
      ])
    #expect(analysis.promise?.date?.iso == "2026-12-02")
  }

  @Test("an \"On …\" header whose \"wrote:\" wraps to the next line")
  func wrappedHeader() {
    let text =
      "Noted.\n\nOn Mon, 30 Nov 2026 at 10:02, Alex Reid\n<alex@reid.design> wrote:\nPay now or I sue."
    #expect(triage(text).kind == .noRealAnswer)
  }

  @Test("Outlook headers and Original Message blocks are ignored")
  func outlook() {
    let outlook =
      "Thanks.\n\nFrom: Alex Reid\nSent: 30 November 2026 10:02\nSubject: You're a fraud"
    #expect(triage(outlook).kind == .noRealAnswer)
    let original = "Ok.\n-----Original Message-----\nI will report you to the police."
    #expect(triage(original).kind == .noRealAnswer)
  }

  @Test("a signature after a sign-off is ignored: its job title is not a deflection")
  func signature() {
    let text = """
      We will settle invoice INV-2041 on the 15th.

      Kind regards,
      Priya Shah
      Accounts Payable | Northwind Ltd
      """
    let analysis = triage(text)
    #expect(analysis.kind == .promiseToPay)
    #expect(analysis.secondary.isEmpty)
    #expect(analysis.promise?.date?.iso == "2026-12-15")
    #expect(analysis.promise?.amount == nil)
  }

  @Test("a -- line and a mobile footer start a signature")
  func dashesAndFooter() {
    #expect(triage("How was the trip?\n--\nMark | Accounts Manager").kind == .noRealAnswer)
    #expect(triage("Cool.\n\nSent from my iPhone\nCall accounts on 0161").kind == .noRealAnswer)
  }

  @Test("a sign-off-like line in the middle of a long message is not a signature")
  func notASignature() {
    var text = "Hi Sam,\nThanks.\n"
    text += (1...9).map { "Line \($0) of news about the project." }.joined(separator: "\n")
    text += "\nWe can't pay this month, sorry."
    #expect(triage(text).kind == .hardship)
  }

  @Test("\"Thanks for that\" is not a sign-off; \"Thanks, Dave\" is")
  func signOffNeedsAName() {
    let sentence = "Thanks for that\n"
    #expect(MessageLayout.isSignOff("Thanks for that") == false)
    #expect(MessageLayout.isSignOff("Thanks, Dave"))
    #expect(MessageLayout("Thanks\nDave").roles == [.own, .own])
    #expect(MessageLayout("Paid.\nThanks\nDave").roles == [.own, .signOff, .signature])
    #expect(triage(sentence + "I'll pay Friday").kind == .promiseToPay)
  }

  @Test("lines are counted at every kind of line break")
  func lineBreaks() {
    let analysis = triage("Hi\r\nThanks\r\n\r\nI'll pay Friday")
    #expect(
      analysis.evidence.map(EvidenceSpec.init) == [
        EvidenceSpec(4, 1, "I'll pay", "promise.will-pay")
      ])
  }
}
