import Foundation
import Testing

@Suite("End-to-end: the guard in script mode")
struct GuardScriptTests {
  @Test("skipping mediation is warned and refused, given with a reason, and exported")
  func skipMediationOverriddenAndExported() throws {
    let sandbox = try ParleySandbox()
    let opening = [
      "new --client \"Acme Ltd\" --invoice INV-042 --amount £1,200.50 --issued 2026-09-01 "
        + "--due 2026-10-01",
      "open acme-ltd",
      "log --channel email --out --on 2026-10-08 --summary \"friendly reminder\"",
      "escalate letter-before-claim-sent",
      "note this line is never reached",
    ]
    let refused = try sandbox.script(opening)
    #expect(refused.status == 3, "\(refused)")
    #expect(refused.stderr.contains("Warning [skip-mediation]: Mediation has not been offered"))
    #expect(refused.stderr.contains("not legal advice"))
    #expect(refused.stderr.contains("stdin:4: "))
    #expect(refused.stderr.contains("add --override \"REASON\""))
    let before = try sandbox.entries(ofType: "escalation.recorded")
    #expect(before.isEmpty)
    #expect(try sandbox.entries(ofType: "note").isEmpty)

    let given = try sandbox.script([
      "open acme-ltd",
      "escalate letter-before-claim-sent --override \"client asked for it in writing\"",
      "export --markdown evidence.md",
    ])
    #expect(given.status == 0, "\(given)")
    let records = try sandbox.records()
    let types = records.map { $0["type"] as? String ?? "" }
    #expect(Array(types.suffix(2)) == ["guard.overridden", "escalation.recorded"])
    let markdown = try String(
      contentsOf: sandbox.root.appendingPathComponent("evidence.md"), encoding: .utf8)
    let section = try #require(markdown.range(of: "Warnings overridden"))
    let after = markdown[section.upperBound...]
    let reason = try #require(after.range(of: "client asked for it in writing"))
    let nextHeading = after.range(of: "\n## ")?.lowerBound ?? after.endIndex
    #expect(reason.lowerBound < nextHeading, "the reason is not under the heading:\n\(markdown)")
    #expect(after.contains("skip-mediation"))
  }

  @Test("the guard, next and the check give the same next contact day")
  func oneNextContactDay() throws {
    let sandbox = try ParleySandbox()
    try sandbox.succeed([
      "new", "--client", "Acme Ltd", "--invoice", "INV-042", "--amount", "1200.50",
      "--issued", "2026-09-01", "--due", "2026-10-01",
    ])
    try sandbox.succeed([
      "log", "--case", "acme", "--channel", "email", "--out", "--summary", "first reminder",
    ])
    let later = "2026-12-01T10:00:00Z"
    let next = try sandbox.succeed(["next", "--case", "acme"], at: later)
    #expect(next.stdout.contains("It becomes reasonable on 6 Dec 2026"), "\(next)")
    let checked = try sandbox.run(
      ["check", "-", "--case", "acme"], at: later,
      stdin: "Hi Sam, a quick reminder about invoice INV-042.\n")
    #expect(checked.status == 1)
    #expect(checked.stdout.contains("wait 5 more days (2026-12-06) before sending"), "\(checked)")
    let guarded = try sandbox.run(
      ["log", "--case", "acme", "--channel", "email", "--out", "--summary", "second"], at: later)
    #expect(guarded.status == 3)
    #expect(guarded.stderr.contains("Warning [contact-too-soon]"))
    #expect(guarded.stderr.contains("Instead: Wait until 6 Dec 2026."), "\(guarded)")
    // On the day itself all three agree it is time.
    let due = "2026-12-06T10:00:00Z"
    #expect(try sandbox.succeed(["next", "--case", "acme"], at: due).stdout.contains("now"))
    #expect(
      try sandbox.run(
        ["check", "-", "--case", "acme"], at: due,
        stdin: "Hi Sam, a quick reminder about invoice INV-042.\n"
      ).status == 0)
    try sandbox.succeed(
      ["log", "--case", "acme", "--channel", "email", "--out", "--summary", "second"], at: due)
  }
}
