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
}
