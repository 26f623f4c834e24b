import Testing

@testable import ParleyKit

@Suite("MessageLayout: payment details and enclosures are set aside, not read as prose")
struct MessageLayoutTests {
  @Test func aPaymentBlockAndEnclosuresAreDetailsAndTheSignatureIsStillFound() {
    let text = """
      Dear Jane,

      Please pay £1,200.00 by Friday 18 December 2026.

      How to pay:
      Payee: Lee Studio
      Bank details: Sort code 20-00-00, account 55779911
      Reference: INV-042

      Yours sincerely,
      Sam Lee
      Lee Studio
      sam@leestudio.test

      Enclosures:
      - Statement of account
      - Information Sheet
      - Reply Form
      - Financial Statement
      """
    let roles = MessageLayout(text).roles
    #expect(Array(roles[0...3]) == [.own, .own, .own, .own])
    #expect(Array(roles[4...7]) == [.details, .details, .details, .details])
    #expect(roles[9] == .signOff)
    #expect(Array(roles[10...12]) == [.signature, .signature, .signature])
    #expect(Array(roles[14...18]) == Array(repeating: .details, count: 5))
  }

  @Test func theCheckDoesNotWeighAPaymentBlock() {
    let block = """
      Dear Jane,

      Thank you for your help with this.

      How to pay:
      Reference: INV-042
      Pay online: https://pay.test/now

      Kind regards,
      Sam
      """
    let report = ToneChecker.check(block, context: .none)
    #expect(report.findings.allSatisfy { !$0.span.text.lowercased().contains("pay") })
    #expect(report.verdict == .send)
    // The same words as prose are read as usual.
    #expect(!MessageLayout("Pay online now.\nReference: INV-042").roles.contains(.details))
  }
}
