import Foundation
import ParleyKit
import Testing

@testable import ParleyShell

@Suite("The guard at the shell: warn, stop, info, and a typed reason")
struct GuardFlowTests {
  @Test("a warning off a terminal without a reason: refused, exit 3, journal unchanged")
  func warnRefusedWithoutReason() throws {
    let shell = try ShellHarness()
    try shell.makeAcmeWithReminder()
    let before = shell.journal("acme-ltd")
    let run = try shell.oneShot(["escalate", "letter-before-claim-sent"])
    #expect(run.status == .cancelled, "\(run.stderr)")
    #expect(run.stderr.contains("Warning [skip-mediation]: Mediation has not been offered"))
    #expect(run.stderr.contains("Instead: Offer mediation first"))
    #expect(run.stderr.contains("Rests on mediation.summary = Once a small claim is defended"))
    #expect(run.stderr.contains("(source: https://"))
    #expect(run.stderr.contains("not legal advice"))
    #expect(run.stderr.contains("add --override \"REASON\""))
    #expect(shell.journal("acme-ltd") == before)
  }

  @Test("--override records guard.overridden before the step's own entry")
  func overrideIsRecordedFirst() throws {
    let shell = try ShellHarness()
    try shell.makeAcmeWithReminder()
    let run = try shell.oneShot([
      "escalate", "letter-before-claim-sent", "--override", "client asked for it in writing",
    ])
    #expect(run.status == .success, "\(run.stderr)")
    let entries = try shell.entries()
    let types = entries.map { $0["type"] as? String ?? "" }
    #expect(Array(types.suffix(2)) == ["guard.overridden", "escalation.recorded"])
    let data = try #require(entries[entries.count - 2]["data"] as? [String: Any])
    #expect(data["reason"] as? String == "client asked for it in writing")
    #expect(data["warnings"] as? [String] == ["skip-mediation"])
    #expect(data["step"] as? String == "escalate letter-before-claim-sent")
    #expect(run.stdout.contains("Recorded entry 5: letter-before-claim-sent on 29 Nov 2026"))
  }

  @Test("--reason is the same as --override")
  func reasonOption() throws {
    let shell = try ShellHarness()
    try shell.makeAcmeWithReminder()
    let run = try shell.oneShot(["escalate", "claim-filed", "--reason", "they told me to"])
    #expect(run.status == .success, "\(run.stderr)")
    let override = try #require(
      try shell.entries().first { $0["type"] as? String == "guard.overridden" })
    let warnings = (override["data"] as? [String: Any])?["warnings"] as? [String] ?? []
    #expect(warnings.contains("skip-mediation"))
    #expect(warnings.contains("claim-before-letter"))
    #expect(!warnings.contains("court-fee"))
  }

  @Test("at a terminal: go ahead?, the reason, then what is recorded and a yes")
  func typedReason() throws {
    let shell = try ShellHarness()
    try shell.makeAcmeWithReminder()
    let before = shell.journal("acme-ltd")
    let stopped = try shell.atTerminal(["escalate", "letter-before-claim-sent"], answers: [""])
    #expect(stopped.status == .cancelled)
    #expect(shell.journal("acme-ltd") == before)
    #expect(stopped.reader.prompts.contains { $0.contains("Go ahead anyway? (yes / no) [no]") })
    // A command typed at the question by mistake is caught, not taken: nothing written.
    let mistaken = try shell.atTerminal(
      ["escalate", "letter-before-claim-sent"],
      answers: ["yes", "draft call-confirmation --amount 500", ""])
    #expect(mistaken.status == .cancelled)
    #expect(
      mistaken.stderr.contains(
        "That looks like the 'draft' command, not an answer."), "\(mistaken.stderr)")
    #expect(shell.journal("acme-ltd") == before)
    let typed = try shell.atTerminal(
      ["escalate", "letter-before-claim-sent"], answers: ["yes", "they refused to talk", "yes"])
    #expect(typed.status == .success, "\(typed.stderr)")
    let override = try #require(try shell.entries().dropLast().last)
    #expect((override["data"] as? [String: Any])?["reason"] as? String == "they refused to talk")
  }

  @Test("a stop is refused even with a reason, and nothing is returned to record")
  func stopRefuses() throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    let (context, output) = try shell.context()
    let state = try context.book.load("acme-ltd")
    let arguments = try ParsedArguments(
      ["--override", "they deserve it"], options: [.override, .guardReason], command: "test")
    #expect(throws: ShellError.self) {
      _ = try context.guardStep(
        .publicShaming(.socialMedia), description: "post", state: state, arguments: arguments)
    }
    do {
      _ = try context.guardStep(
        .publicShaming(.review), description: "post", state: state, arguments: arguments)
    } catch let error as ShellError {
      #expect(error.status == .failure)
      #expect(error.description.contains("parley will not help with this (public-shaming)"))
    }
    #expect(output.standardError.contains("Stop [public-shaming]"))
  }

  @Test("an info warning (the court fee) is shown but needs no reason")
  func infoNeedsNoReason() throws {
    let shell = try ShellHarness()
    try shell.makeAcmeWithReminder()
    for words in [
      ["escalate", "mediation-offered", "--on", "2026-10-20"],
      ["escalate", "letter-before-claim-sent", "--on", "2026-11-01"],
    ] {
      let run = try shell.oneShot(words)
      #expect(run.status == .success, "\(words): \(run.stderr)")
    }
    let run = try shell.oneShot(["escalate", "claim-filed", "--reference", "K1QZ1234"])
    #expect(run.status == .success, "\(run.stderr)")
    #expect(
      run.stderr.contains(
        "Note [court-fee]: The court's issue fee for a claim of £1,200.50 is £80.00"))
    #expect(!(try shell.entryTypes()).contains("guard.overridden"))
    #expect(try shell.entryTypes().last == "escalation.recorded")
  }

  @Test("log: an outbound contact today is guarded; one logged after the fact is not")
  func logIsGuarded() throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    let past = try shell.oneShot([
      "log", "--channel", "email", "--out", "--on", "2026-11-27", "--summary", "reminder",
    ])
    #expect(past.status == .success, "\(past.stderr)")
    let before = shell.journal("acme-ltd")
    let soon = try shell.oneShot(["log", "--channel", "email", "--out", "--summary", "again"])
    #expect(soon.status == .cancelled)
    #expect(soon.stderr.contains("[contact-too-soon]"))
    #expect(shell.journal("acme-ltd") == before)
    let inbound = try shell.oneShot(["log", "--channel", "email", "--in", "--summary", "reply"])
    #expect(inbound.status == .success, "\(inbound.stderr)")
    let given = try shell.oneShot([
      "log", "--channel", "email", "--out", "--summary", "answer", "--override", "they asked",
    ])
    #expect(given.status == .success, "\(given.stderr)")
    #expect(Array(try shell.entryTypes().suffix(2)) == ["guard.overridden", "contact.logged"])
  }

  @Test("draft --sent: guarded; a letter before claim is also recorded as that step")
  func draftSentIsGuarded() throws {
    let shell = try ShellHarness()
    try shell.makeAcmeWithReminder()
    let before = shell.journal("acme-ltd")
    let refused = try shell.oneShot(["draft", "letter-before-claim", "--sent"])
    #expect(refused.status == .cancelled)
    #expect(refused.stderr.contains("[skip-mediation]"))
    #expect(shell.journal("acme-ltd") == before)
    let sent = try shell.oneShot([
      "draft", "letter-before-claim", "--sent", "--override", "they asked for it",
    ])
    #expect(sent.status == .success, "\(sent.stderr)")
    let entries = try shell.entries()
    #expect(
      entries.suffix(3).map { $0["type"] as? String } == [
        "guard.overridden", "contact.logged", "escalation.recorded",
      ])
    let step = (entries.last?["data"] as? [String: Any])?["step"] as? String
    #expect(step == "letter-before-claim-sent")
  }

  @Test("draft mediation-proposal --sent records mediation-offered, with no warning")
  func mediationProposalRecordsOffer() throws {
    let shell = try ShellHarness()
    try shell.makeAcmeWithReminder()
    let run = try shell.oneShot(["draft", "mediation-proposal", "--sent"])
    #expect(run.status == .success, "\(run.stderr)")
    let entries = try shell.entries()
    #expect(
      entries.suffix(2).map { $0["type"] as? String } == ["contact.logged", "escalation.recorded"])
    #expect((entries.last?["data"] as? [String: Any])?["step"] as? String == "mediation-offered")
    let next = try shell.oneShot(["next"])
    #expect(next.stdout.contains("mediation was offered on 29 Nov 2026"))
  }

  @Test("a dispute makes the guard warn before chasing")
  func disputeWarns() throws {
    let shell = try ShellHarness()
    try shell.makeAcmeWithReminder()
    let noted = try shell.oneShot([
      "dispute", "--about", "says phase two was late", "--amount", "£300", "--invoice", "INV-042",
    ])
    #expect(noted.status == .success, "\(noted.stderr)")
    #expect(try shell.entryTypes().last == "dispute.noted")
    let chase = try shell.oneShot(["log", "--channel", "email", "--out", "--summary", "chase"])
    #expect(chase.status == .cancelled)
    #expect(chase.stderr.contains("[disputed-amount]: They dispute £300.00 of what is owed"))
  }
}
