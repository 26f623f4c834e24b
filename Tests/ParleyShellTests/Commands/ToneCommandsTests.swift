import Foundation
import ParleyKit
import Testing

@testable import ParleyShell

@Suite("check, draft and reply: the tone tools at the prompt and one-shot")
struct ToneCommandsTests {
  static let heated = """
    Hi Jo,

    This is the THIRD time I have asked. Pay the £1,200.50 by tonight or I will take you to court!!
    """

  func write(_ text: String, in shell: ShellHarness) throws -> String {
    let url = shell.home.appendingPathComponent("draft-\(UUID().uuidString).txt")
    try Data(text.utf8).write(to: url)
    return url.path
  }

  @Test func aCalmDraftCanBeSentAndExitsZero() throws {
    let shell = try ShellHarness()
    let path = try write(
      "Hi Jo,\n\nA friendly reminder that invoice INV-042 (£1,200.50) is overdue. Could you let me "
        + "know when I can expect payment?\n\nKind regards,\nAlex", in: shell)
    let run = try shell.oneShot(["check", path])
    #expect(run.status == .success, "\(run.stdout)\(run.stderr)")
    #expect(run.stdout.contains("Verdict: send. Calm and professional"))
  }

  @Test func aHeatedDraftIsExplainedSpanBySpanAndExitsOne() throws {
    let shell = try ShellHarness()
    let run = try shell.oneShot(["check", try write(Self.heated, in: shell)])
    #expect(run.status == .failure)
    #expect(run.stdout.contains("3:9  warn  \"the THIRD time\"  [NoPestering, pestering]"))
    #expect(run.stdout.contains("\"take you to court\"  [NoPrematureLegalThreats"))
    #expect(run.stdout.contains("    Instead: "))
    #expect(run.stderr == "parley: revise the draft before you send it\n")
  }

  @Test func jsonGivesTheVerdictAndEachFindingsPlace() throws {
    let shell = try ShellHarness()
    let run = try shell.oneShot(["check", try write(Self.heated, in: shell), "--json"])
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    #expect(json["verdict"] as? String == "revise")
    let findings = try #require(json["findings"] as? [[String: Any]])
    #expect(findings.contains { $0["rule"] as? String == "no_unreasonable_ultimatums" })
    #expect(
      findings.allSatisfy { ($0["line"] as? Int ?? 0) >= 1 && ($0["column"] as? Int ?? 0) >= 1 })
  }

  @Test("a veiled threat in a polite email is stopped, its sentence named and explained")
  func aVeiledThreatIsNamedAndExplained() throws {
    let shell = try ShellHarness()
    let path = try write(
      "Hi Tom, I hope the launch went well. Invoice 2231 (£840) is now three weeks overdue.\n"
        + "It would be a shame if your customers found out how you treat suppliers.\n", in: shell)
    let run = try shell.oneShot(["check", path, "--explain"])
    #expect(run.status == .failure)
    #expect(run.stdout.contains("Weighs most: 2:1 \"It would be a shame if your customers"))
    #expect(run.stdout.contains("How the model read it:"))
    let words = try #require(
      run.stdout.split(separator: "\n").first { $0.contains("words that pushed it most:") })
    #expect(words.contains("shame"))
    let json = try shell.oneShot(["check", path, "--json"])
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let model = try #require(object["model"] as? [String: Any])
    let weighed = try #require(model["weighs_most"] as? [String: Any])
    #expect(weighed["line"] as? Int == 2)
    #expect(weighed["flagged"] as? Bool == true)
  }

  @Test func theRewriteOfAFixableDraftPassesTheCheck() throws {
    let shell = try ShellHarness()
    let path = try write(
      "Hi Dana. Invoice INV-042 (£1,200.50) is overdue. Pay it within 24 hours!!!", in: shell)
    let run = try shell.oneShot(["check", path, "--rewrite"])
    #expect(run.status == .failure)
    #expect(run.stderr.contains("the calmer version above can be sent"))
    let rewritten = try #require(run.stdout.components(separatedBy: "A calmer version:\n").last)
    #expect(rewritten.contains("INV-042") && rewritten.contains("£1,200.50"))
    #expect(ToneChecker.check(rewritten).verdict == .send)
  }

  @Test func aRewriteThatKeepsNothingSaysSoAndPointsToADraft() throws {
    let shell = try ShellHarness()
    let path = try write(
      "I will review you on Trustpilot. The cheque is in the post,", in: shell)
    let run = try shell.oneShot(["check", path, "--rewrite"])
    #expect(run.status == .failure)
    #expect(!run.stdout.contains("A calmer version:"))
    #expect(
      run.stdout.contains(
        "Left out, as it could not be made calm: \"I will review you on Trustpilot.\""))
    #expect(run.stdout.contains("Nothing of this draft could be kept calm."))
    #expect(run.stdout.contains("'draft firm-reminder'"))
    #expect(run.stderr.contains("don't send this draft"))
  }

  @Test func aDraftIsWrittenFromTheCaseAndLoggedWithItsFullTextWhenSent() throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    let run = try shell.oneShot(["draft", "friendly-reminder", "--sent"])
    #expect(run.status == .success, "\(run.stderr)")
    #expect(run.stdout.contains("INV-042") && run.stdout.contains("£1,200.50"))
    let state = try CaseBook(environment: shell.environment).load("acme-ltd")
    let contact = try #require(state.lastContact?.contact)
    #expect(contact.direction == .outbound && contact.channel == .email)
    #expect(contact.fullText?.contains("INV-042") == true)
    #expect(ToneChecker.check(contact.fullText ?? "").verdict == .send)
  }

  @Test func aDraftThatNeedsAFactSaysWhichAndWritesNothing() throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    let before = shell.journal("acme-ltd")
    let run = try shell.oneShot(["draft", "call-confirmation", "--sent"])
    #expect(run.status == .failure)
    #expect(run.stderr.contains("amount"), "\(run.stderr)")
    #expect(shell.journal("acme-ltd") == before)
  }

  @Test func aReplyIsReadRecordedAndAnsweredWithANextStep() throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    let path = try write(
      "Hi, sorry for the delay. We will pay £500 by Friday 4 December and the rest in January.",
      in: shell)
    let run = try shell.oneShot(["reply", path])
    #expect(run.status == .success, "\(run.stderr)")
    #expect(run.stdout.contains("Promise: £500.00 by Friday 4 December 2026"))
    #expect(run.stdout.contains("Next: "))
    let contact = try #require(
      try CaseBook(environment: shell.environment).load("acme-ltd").lastContact?.contact)
    #expect(contact.direction == .inbound)
    #expect(contact.fullText?.hasPrefix("Hi, sorry for the delay.") == true)
  }

  @Test func aPaymentTheClientSaysWasMadeIsLookedForNotAwaited() throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    let path = try write("Hi, I sent £275 yesterday, has it not arrived?", in: shell)
    let run = try shell.oneShot(["reply", path])
    #expect(run.status == .success, "\(run.stderr)")
    #expect(run.stdout.contains("Paid, they say: £275.00 on Saturday 28 November 2026"))
    #expect(run.stdout.contains("record it with 'paid' when it is there"))
    let contact = try #require(
      try CaseBook(environment: shell.environment).load("acme-ltd").lastContact?.contact)
    #expect(contact.summary.contains("says it paid £275.00 on 28 Nov"))
  }

  @Test func aReplyCanBeReadWithoutRecordingAndItsReadingCorrected() throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    let before = shell.journal("acme-ltd")
    let path = try write("Got it, thanks.", in: shell)
    let run = try shell.oneShot(["reply", path, "--as", "dispute", "--no-log"])
    #expect(run.status == .success)
    #expect(run.stdout.hasPrefix("Reads as a dispute"))
    #expect(shell.journal("acme-ltd") == before)
    let bad = try shell.oneShot(["reply", path, "--as", "disput"])
    #expect(bad.status == .usage)
    #expect(bad.stderr.contains("Did you mean 'dispute'?"))
  }
}
