import Foundation
import ParleyKit
import Testing

@testable import ParleyShell

/// Where ParleyKit points to a step, the user reads the command that takes it,
/// and `--json` carries the step as data beside the words.
@Suite("Steps in the output: guard, check, next, errors, drafts, reply and walk")
struct SuggestedStepOutputTests {
  func write(_ text: String, in shell: ShellHarness) throws -> String {
    let url = shell.home.appendingPathComponent("text-\(UUID().uuidString).txt")
    try Data(text.utf8).write(to: url)
    return url.path
  }

  func json(_ run: ShellHarness.Run) throws -> [String: Any] {
    try #require(
      try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any],
      "\(run.stdout)\(run.stderr)")
  }

  func steps(_ value: Any?) -> [[String: String]] {
    (value as? [[String: Any]] ?? []).map { step in
      step.compactMapValues { $0 as? String }
    }
  }

  @Test("a guard warning's instead names the commands in place")
  func guardInstead() throws {
    let shell = try ShellHarness()
    try shell.makeAcmeWithReminder()
    let run = try shell.oneShot(["escalate", "claim-filed"])
    #expect(run.status == .cancelled, "\(run.stderr)")
    #expect(
      run.stderr.contains(
        "  Instead: Offer mediation first ('draft mediation-proposal'), give them time to "
          + "answer, and record it ('escalate mediation-offered').\n"))
    #expect(
      run.stderr.contains(
        "  Instead: Send the letter before claim ('draft letter-before-claim'), record it "
          + "('escalate letter-before-claim-sent') and wait out its reply window.\n"))
  }

  @Test("check: the advice names the draft, and --json lists the steps it names")
  func checkAdvice() throws {
    let shell = try ShellHarness()
    let path = try write("Hi Jo,\n\nPay by Friday or I will take you to court.\n", in: shell)
    let run = try shell.oneShot(["check", path])
    #expect(run.stdout.contains("    Advice: "), "\(run.stdout)")
    #expect(run.stdout.contains("use 'draft mediation-proposal'"), "\(run.stdout)")
    let findings = try #require(
      try json(try shell.oneShot(["check", path, "--json"]))["findings"] as? [[String: Any]])
    #expect(!findings.isEmpty)
    var named = 0
    for finding in findings {
      let advice = finding["advice"] as? String ?? ""
      let listed = steps(finding["suggested_steps"])
      #expect(finding["suggested_steps"] is [Any], "every finding has the key")
      for step in listed {
        #expect(advice.contains("'\(step["command"] ?? "")'"), "\(advice) names \(step)")
        named += 1
      }
    }
    #expect(named > 0)
    let mediation = findings.flatMap { steps($0["suggested_steps"]) }.first {
      $0["kind"] == "mediation_proposal"
    }
    #expect(
      mediation == [
        "step": "draft", "kind": "mediation_proposal", "command": "draft mediation-proposal",
      ])
  }

  @Test("next: the claim step says what to record, and --json carries the step")
  func nextSteps() throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    let fresh = try json(try shell.oneShot(["next", "--json"]))
    #expect(
      steps(fresh["suggested_steps"]) == [
        ["step": "draft", "kind": "friendly_reminder", "command": "draft friendly-reminder"]
      ])
    for step in ["mediation-offered", "mediation-refused", "letter-before-claim-sent"] {
      let run = try shell.oneShot(["escalate", step, "--on", "2026-11-01", "--override", "test"])
      #expect(run.status == .success, "\(run.stderr)")
    }
    let next = try shell.oneShot(["next"])
    #expect(
      next.stdout.hasSuffix(
        "Once it is done, record it with 'escalate claim-filed'.\n"), "\(next.stdout)")
    let claim = try json(try shell.oneShot(["next", "--json"]))
    #expect(claim["action"] as? String == "file_small_claim")
    #expect(
      steps(claim["suggested_steps"]) == [
        ["step": "escalate", "kind": "claim_filed", "command": "escalate claim-filed"]
      ])
  }

  @Test("errors from the case and the drafts name the command that helps")
  func errors() throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    let void = try shell.oneShot(["void", "99", "--reason", "typo"])
    #expect(void.status == .failure)
    #expect(
      void.stderr.contains(
        "there is no entry 99; entries run from 1 to 2 ('show --all' lists them)"))
    let draft = try shell.oneShot(["draft", "plan-confirmation", "--print"])
    #expect(draft.status == .failure)
    #expect(
      draft.stderr.contains(
        "there is no agreed plan yet; agree one with 'plan agree N' first, then write a plan "
          + "confirmation"), "\(draft.stderr)")
  }

  @Test("draft: the notes name 'me', and --json lists it once")
  func draftNotes() throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    let printed = try shell.oneShot(["draft", "friendly-reminder", "--print"])
    #expect(printed.stderr.contains("Note: The draft has no signature: add your name with 'me'"))
    let draft = try json(try shell.oneShot(["draft", "friendly-reminder", "--json"]))
    let notes = draft["notes"] as? [String] ?? []
    #expect(notes.contains { $0.contains("a pay link with 'me'.") }, "\(notes)")
    #expect(
      steps(draft["suggested_steps"]) == [
        ["step": "sender_details", "command": "me"]
      ])
    #expect((draft["suggested_steps"] as? [[String: Any]])?.first?["kind"] is NSNull)
  }

  @Test("reply --json carries the draft that fits as a step")
  func replyStep() throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    let path = try write("Sorry, we can't pay right now, money is tight this month.", in: shell)
    let reply = try json(try shell.oneShot(["reply", path, "--json", "--no-log"]))
    let draft = try #require(reply["draft"] as? String)
    #expect(
      steps(reply["suggested_steps"]) == [
        [
          "step": "draft", "kind": draft,
          "command": "draft \(draft.replacingOccurrences(of: "_", with: "-"))",
        ]
      ])
  }

  @Test("walk: going back past where the walk began names 'cashflow'")
  func walkBack() throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    _ = try shell.session(["open acme-ltd", "walk", "", "£1,500", "31 Dec"])
    let run = try shell.session(["open acme-ltd", "walk", "back"])
    #expect(
      run.stderr.contains("this walk started here; 'cashflow' revises earlier answers"),
      "\(run.stderr)")
  }
}
