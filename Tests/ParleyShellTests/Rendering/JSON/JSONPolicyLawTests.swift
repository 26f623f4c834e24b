import Foundation
import Testing

@testable import ParleyShell

/// The JSON policy held by every command that prints JSON, checked over the
/// whole command table so that a new command cannot slip past it.
@Suite("Every --json output keeps the one policy")
struct JSONPolicyLawTests {
  /// A case with something of everything: contacts, cash flow, a plan, a
  /// payment, a promise, a dispute, an escalation and a note.
  func richCase() throws -> ShellHarness {
    let shell = try ShellHarness()
    try shell.makeAcme()
    for words in [
      ["log", "--channel", "email", "--out", "--on", "2026-10-10", "--summary", "reminder"],
      ["cashflow", "--can-pay", "£300 a month", "--from", "2027-01-01"],
      ["plan", "propose"], ["plan", "agree", "1"], ["paid", "£100", "--on", "2026-11-20"],
      ["promise", "--by", "2026-12-20", "--amount", "£300"],
      ["dispute", "--about", "the second logo", "--amount", "£100"],
      ["escalate", "mediation-offered", "--details", "offered the free service"],
      ["note", "they sounded keen to settle"],
    ] {
      let run = try shell.oneShot(words + ["--case", "acme-ltd"])
      try #require(run.status == .success, "\(words): \(run.stderr)")
    }
    return shell
  }

  /// Every invocation with --json, by command.
  func invocations(in folder: URL) throws -> [String: [[String]]] {
    let draft = folder.appendingPathComponent("draft.txt")
    try "Dear Sam, a gentle reminder that invoice INV-042 is now overdue. Kind regards, Alex"
      .write(to: draft, atomically: true, encoding: .utf8)
    let reply = folder.appendingPathComponent("reply.txt")
    try "Sorry, we can pay £300 on Friday and the rest next month."
      .write(to: reply, atomically: true, encoding: .utf8)
    let mail = folder.appendingPathComponent("reply.eml")
    try """
    From: Kim <kim@acme.example>
    To: sam@bakerdesign.example
    Subject: Re: INV-042
    Date: Thu, 15 Oct 2026 12:30:00 +0200
    Message-ID: <k1@acme.example>

    We will pay £300 on Friday.
    """.write(to: mail, atomically: true, encoding: .utf8)
    return [
      "import": [["import", mail.path, "--me", "sam@bakerdesign.example", "--dry-run"]],
      "show": [["show"]], "cases": [["cases"]], "next": [["next"]], "interest": [["interest"]],
      "plan": [["plan", "show"], ["plan", "export"]], "verify": [["verify"]],
      "cashflow": [["cashflow"]], "me": [["me"]],
      "jurisdictions": [["jurisdictions"], ["jurisdictions", "show", "gb-ewl"]],
      "draft": [["draft", "plan-confirmation"]], "check": [["check", draft.path]],
      "reply": [["reply", reply.path]], "ask": [["ask", "they paid £500 today", "--dry-run"]],
      "export": [["export", "-"]], "agenda": [["agenda", "--days", "30"]],
      "search": [["search", "reminder"]],
    ]
  }

  @Test("snake_case keys and enum values, schema_version, numbers without units")
  func everyJSONOutputKeepsThePolicy() throws {
    let shell = try richCase()
    let invocations = try invocations(in: shell.home)
    let printsJSON = CommandTable.all.filter {
      $0.spec.options.contains { $0.name == "json" } && !$0.spec.recordsEntries
    }
    #expect(
      Set(printsJSON.map(\.spec.name)).subtracting(invocations.keys).isEmpty,
      "a command with --json is missing here")
    for (_, runs) in invocations {
      for words in runs {
        let caseOption =
          ["cases", "me", "jurisdictions", "ask", "agenda"].contains(words[0])
          ? [] : ["--case", "acme-ltd"]
        let run = try shell.oneShot(words + ["--json"] + caseOption)
        // `check` says "revise it" with status 1, and still prints its JSON.
        try #require(run.status == .success || words[0] == "check", "\(words): \(run.stderr)")
        let tree = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8))
        let object = try #require(tree as? [String: Any], "\(words): not an object")
        #expect(object["schema_version"] as? Int == 1, "\(words)")
        for problem in Self.problems(in: object, at: words.joined(separator: " ")) {
          Issue.record("\(problem)")
        }
      }
    }
  }

  /// Commands that record, with --json, in an order that works on the rich case.
  static let recording: [[String]] = [
    ["log", "--channel", "phone", "--in", "--summary", "they called back"],
    ["paid", "£50", "--on", "2026-11-25"], ["note", "a note"],
    ["promise", "--by", "2026-12-30"], ["dispute", "--about", "the colours"],
    ["escalate", "mediation-agreed"], ["invoice", "--number", "INV-043", "--amount", "£80"],
    ["edit", "13", "--amount", "£60"], ["void", "14", "--reason", "entered twice"],
    ["close", "--reason", "settled"], ["reopen", "--reason", "not settled after all"],
    ["rename", "--client", "Acme Limited"], ["rename", "acme"],
    ["new", "--client", "Bolt Ltd", "--invoice", "B-1", "--amount", "£10"],
  ]

  @Test("a command that records prints, with --json, exactly the entries it recorded")
  func recordingCommandsPrintTheirEntries() throws {
    let shell = try richCase()
    let recorders = Set(CommandTable.all.filter(\.spec.recordsEntries).map(\.spec.name))
    #expect(
      recorders.subtracting(Self.recording.map { $0[0] } + ["undo"]).isEmpty,
      "a command that records is missing here")
    var caseID = "acme-ltd"
    for words in Self.recording {
      let caseOption = words[0] == "new" ? [] : ["--case", caseID]
      let before = try shell.oneShot(["show", "--json"] + caseOption)
      let run = try shell.oneShot(words + ["--json"] + caseOption)
      try #require(run.status == .success, "\(words): \(run.stderr)")
      let object = try #require(
        JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any],
        "\(words): \(run.stdout)")
      #expect(Self.problems(in: object, at: words[0]).isEmpty, "\(words)")
      let entries = try #require(object["entries"] as? [[String: Any]], "\(words)")
      #expect(!entries.isEmpty, "\(words) recorded nothing")
      caseID = try #require(object["case_id"] as? String)
      let seqs = entries.compactMap { $0["seq"] as? Int }
      if words[0] != "new" {
        let earlier = try #require(
          JSONSerialization.jsonObject(with: Data(before.stdout.utf8)) as? [String: Any])
        let last = (earlier["entries"] as? [[String: Any]])?.last?["seq"] as? Int ?? 0
        #expect(seqs == Array(last + 1...last + seqs.count), "\(words): the next numbers")
      }
      if words[0] == "new" { caseID = "acme" }
    }
  }

  /// Keys not in snake_case, names of kinds and states not in snake_case,
  /// and numbers written with a unit.
  static func problems(in value: Any, at path: String) -> [String] {
    let snake = /^[a-z][a-z0-9_]*$/
    switch value {
    case let object as [String: Any]:
      return object.flatMap { key, member -> [String] in
        var found: [String] = []
        if key.wholeMatch(of: snake) == nil { found.append("\(path): key '\(key)'") }
        if [
          "kind", "type", "status", "step", "verdict", "category", "severity", "variant", "action",
          "rule", "secondary", "concern", "draft", "verification",
        ]
        .contains(key), let name = member as? String, name.wholeMatch(of: snake) == nil {
          found.append("\(path).\(key): value '\(name)'")
        }
        if key.hasSuffix("_percent"), let text = member as? String, text.hasSuffix("%") {
          found.append("\(path).\(key): '\(text)' has its unit")
        }
        return found + problems(in: member, at: "\(path).\(key)")
      }
    case let array as [Any]:
      return array.flatMap { problems(in: $0, at: path + "[]") }
    default:
      return []
    }
  }
}
