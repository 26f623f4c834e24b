import Foundation
import ParleyStore
import Testing

@testable import ParleyShell

@Suite("Evidence: the version for sharing leaves out the user's position, says so, and verifies")
struct EvidenceVersionTests {
  /// The entries of ``ShellHarness/makePrivateCase()`` the shared version keeps.
  static let kept = [1, 2, 3, 7, 8, 10, 11, 12, 13, 14, 15, 18]

  /// The case and both versions of its record.
  private static func fixture() throws -> (
    harness: ShellHarness, full: EvidenceRecord, shared: EvidenceRecord
  ) {
    let harness = try ShellHarness()
    try harness.makePrivateCase()
    return (
      harness, try harness.evidenceRecord("acme-ltd"),
      try harness.evidenceRecord("acme-ltd", version: .shared)
    )
  }

  private static func export(_ harness: ShellHarness, _ words: [String]) throws -> String {
    let run = try harness.oneShot(["export", "--case", "acme"] + words, at: ShellHarness.exportNow)
    try #require(run.status == .success, "\(words): \(run.stderr)")
    return run.stdout
  }

  /// Each private kind, the journal type it is, and the entries of the fixture that are it.
  static let privateKinds: [(EvidenceLeftOutKind, String, [Int])] = [
    (.cashFlow, "cashflow.noted", [4]),
    (.planProposal, "plan.proposed", [5]),
    (.note, "note", [6, 16]),
    (.warningOverridden, "guard.overridden", [9]),
    (.correction, "void", [17]),
  ]

  @Test("the shared version leaves out each private kind, and counts it", arguments: privateKinds)
  func leavesOut(kind: EvidenceLeftOutKind, type: String, seqs: [Int]) throws {
    let (_, full, shared) = try Self.fixture()
    #expect(full.entries.filter { seqs.contains($0.seq) }.allSatisfy { $0.type == type })
    #expect(full.leftOut.isEmpty)
    #expect(Set(shared.entries.map(\.seq)).isDisjoint(with: seqs))
    #expect(shared.leftOut.first { $0.kind == kind }?.count == seqs.count)
  }

  @Test("a void of a kept entry stays; a void of an entry left out goes with it")
  func voids() throws {
    let (_, _, shared) = try Self.fixture()
    #expect(shared.entries.filter { $0.type == "void" }.map(\.seq) == [15])
    #expect(shared.voidedEntries.map(\.seq) == [14])
  }

  @Test("kinds parley does not know to be facts are left out too")
  func unknownKinds() {
    #expect(EvidenceLeftOutKind(type: "something.new", voidTarget: nil, leftOut: []) == .otherKind)
    #expect(EvidenceLeftOutKind(type: "void", voidTarget: 3, leftOut: [3]) == .correction)
    #expect(EvidenceLeftOutKind(type: "void", voidTarget: 3, leftOut: [4]) == nil)
    for type in [
      "case.opened", "invoice.added", "contact.logged", "payment.received", "plan.agreed",
      "plan.revised", "plan.cancelled", "escalation.recorded", "dispute.noted", "promise.noted",
    ] {
      #expect(EvidenceLeftOutKind(type: type, voidTarget: nil, leftOut: []) == nil, "\(type)")
    }
  }

  @Test("the facts stay as they are in the full record, each with its number and line hash")
  func keepsFacts() throws {
    let (harness, full, shared) = try Self.fixture()
    #expect(shared.entries.map(\.seq) == Self.kept)
    #expect(shared.entries == full.entries.filter { Self.kept.contains($0.seq) })
    let lines = harness.journal("acme-ltd").split(separator: 0x0A)
    #expect(shared.entries.map(\.hash) == Self.kept.map { SHA256.hexHash(lines[$0 - 1]) })
    #expect(shared.journalEntryCount == 18)
    #expect(shared.plans == full.plans)
    #expect(shared.exhibits == full.exhibits)
    #expect(shared.balance == full.balance)
    #expect(shared.journal == full.journal)
  }

  @Test("Markdown: the top says plainly what was left out, how many, and how to check")
  func statement() throws {
    let (harness, _, _) = try Self.fixture()
    let markdown = try Self.export(harness, ["--shared", "--markdown"])
    let top = """
      # Evidence record: Acme Ltd

      This record was produced by parley. It is not legal advice.

      ## This version: for sharing

      This version of the record is for a mediator or a court. It leaves out 6 of the \
      journal's 18 entries, because they record the claimant's own position in the \
      negotiation, not what passed between the parties:

      - 1 cash-flow note: what the claimant needs and by when, how long they can wait, \
      whether they want to keep the client, and the client's means as the claimant noted them
      - 1 plan proposal: payment plans worked out for the claimant to offer; a plan the client \
      agreed is included
      - 2 private notes: the claimant's own notes
      - 1 warning overridden: parley's process warnings the claimant went past, with their \
      reasons
      - 1 void or correction of an entry left out: a void or a correction of an entry left out, \
      whose reason or new values would say what that entry was

      Everything else is included: the invoices, every contact with its full text, payments, \
      agreed plans, disputes, promises and escalation steps. Each entry keeps its number and \
      the SHA-256 of its line in the journal, so anyone holding the full journal can check it; \
      the numbers missing are the entries left out.

      | | |
      """
    #expect(markdown.hasPrefix(top), "\(markdown)")
    #expect(markdown.contains("\n## Journal entries in this version\n"))
    for heading in ["## Notes", "## Cash flow", "## Warnings overridden", "## Other entries"] {
      #expect(!markdown.contains(heading), "a section of private kinds: \(heading)")
    }
  }

  @Test("nothing private in any format of the shared version; all of it in the full one")
  func noPrivateText() throws {
    let (harness, _, _) = try Self.fixture()
    for format in ["--markdown", "--html", "--json"] {
      let shared = try Self.export(harness, ["--shared", format])
      let full = try Self.export(harness, [format])
      for text in ShellHarness.privateTexts {
        let escaped = format == "--html" ? HTMLEscaping.escape(text) : text
        #expect(!shared.contains(escaped), "\(format) --shared holds '\(text)'")
        #expect(full.contains(escaped), "\(format) lacks '\(text)'")
      }
      #expect(shared.contains("says the second phase was delivered late"), "\(format)")
      #expect(shared.contains("Invoice INV-042 was due on 1 October."), "\(format)")
    }
  }

  @Test("HTML: the statement at the top, and every printed page says which version it is")
  func html() throws {
    let (harness, _, _) = try Self.fixture()
    let shared = try Self.export(harness, ["--shared", "--html"])
    #expect(shared.contains("<section id=\"version\">\n<h2>This version: for sharing</h2>"))
    #expect(shared.contains("<li>2 private notes: the claimant&#39;s own notes</li>"))
    #expect(shared.contains(#"@bottom-left { content: "Evidence record: version for sharing";"#))
    #expect(HTMLStructure.problems(shared) == [])
    let full = try Self.export(harness, ["--html"])
    #expect(full.contains(#"@bottom-left { content: "Evidence record: full, not for sharing";"#))
  }

  @Test("JSON: which version, how many entries, and what kinds were left out")
  func json() throws {
    let (harness, _, _) = try Self.fixture()
    let object = try #require(
      try JSONSerialization.jsonObject(
        with: Data(try Self.export(harness, ["--shared", "--json"]).utf8)) as? [String: Any])
    let version = try #require(object["version"] as? [String: Any])
    #expect(version["name"] as? String == "shared")
    #expect(version["journal_entries"] as? Int == 18)
    #expect(version["included_entries"] as? Int == 12)
    let leftOut = try #require(version["left_out"] as? [[String: Any]])
    #expect(
      leftOut.map { $0["kind"] as? String }
        == ["cash_flow", "plan_proposal", "note", "warning_overridden", "correction"])
    #expect(leftOut.map { $0["count"] as? Int } == [1, 1, 2, 1, 1])
    #expect(leftOut.first?["label"] as? String == "cash-flow note")
    let entries = try #require(object["entries"] as? [[String: Any]])
    #expect(entries.map { $0["seq"] as? Int } == Self.kept)
    #expect(entries.allSatisfy { ($0["hash"] as? String)?.count == 64 })

    let full = try #require(
      try JSONSerialization.jsonObject(with: Data(try Self.export(harness, ["--json"]).utf8))
        as? [String: Any])
    let fullVersion = try #require(full["version"] as? [String: Any])
    #expect(fullVersion["name"] as? String == "full")
    #expect((fullVersion["left_out"] as? [Any])?.isEmpty == true)
  }

  @Test("the full version says what it holds, and how to make the one to share")
  func fullSaysSo() throws {
    let harness = try ShellHarness()
    try harness.makeAcme()
    let markdown = try Self.export(harness, ["--markdown"])
    let top = """
      ## This version: the full record

      This is the full record, for your own file. It holds every journal entry, including \
      those that show your own position in the negotiation (your cash flow, plan proposals, \
      private notes and the warnings you went past). To give the record to a mediator or a \
      court, export the version for sharing ('export --shared'), which leaves those out and \
      says so.

      """
    #expect(markdown.contains(top), "\(markdown)")
    #expect(markdown.contains("\n## Every journal entry\n"))
  }

  @Test("nothing private on record: the shared version says it left nothing out")
  func nothingLeftOut() throws {
    let harness = try ShellHarness()
    try harness.makeAcme()
    let markdown = try Self.export(harness, ["--shared", "--markdown"])
    #expect(
      markdown.contains(
        "This version of the record is for a mediator or a court. It leaves nothing out: none "
          + "of the journal's 2 entries records the claimant's own position in the negotiation "
          + "(cash flow, plan proposals, private notes, warnings overridden).\n"))
  }
}
