import Foundation
import Testing

@testable import ParleyShell

@Suite("agenda: what is due across the cases, as the welcome says it")
struct AgendaCommandTests {
  /// On 29 Nov 2026: Acme overdue with their email waiting; Bolt's promised
  /// day passed; Cole overdue with a promise due 2 Dec; Dune not yet due;
  /// Echo closed.
  private func workspace() throws -> ShellHarness {
    let shell = try ShellHarness()
    try shell.makeAcme()
    func new(_ client: String, due: String) -> String {
      "new --client \(client) --invoice \(client)-1 --amount 100 --issued 2026-09-01 --due \(due)"
    }
    let run = try shell.session(
      [
        new("Bolt", due: "2026-10-15"), new("Cole", due: "2026-11-28"),
        new("Dune", due: "2026-12-31"), new("Echo", due: "2026-10-01"),
        "log --case acme --channel email --in --on 2026-11-25 --summary \"can we talk?\"",
        "promise --case bolt --on 2026-11-10 --by 2026-11-20",
        "promise --case cole --by 2026-12-02 --amount 40",
        "close --case echo --reason \"written off\"",
      ], interactive: false)
    #expect(run.status == .success, "\(run.stderr)")
    return shell
  }

  @Test func todayListsEachCaseWithWhatIsDueTheNextContactAndTheNextStep() throws {
    let shell = try workspace()
    let run = try shell.oneShot(["agenda"])
    #expect(run.status == .success, "\(run.stderr)")
    #expect(
      run.stdout == """
        Due today, Sunday 29 November 2026:
        CASE      NEEDS ATTENTION                                      NEXT CONTACT  NEXT STEP
        acme-ltd  their message of 25 Nov 2026 is waiting for a reply  today         remind
                  £1,200.50 is 59 days overdue
        bolt      the promised day, 20 Nov 2026, has passed            today         remind
                  £100.00 is 45 days overdue
        cole      £100.00 is 1 day overdue                             3 Dec 2026    wait for payment
        Nothing due on dune.

        """)
  }

  @Test func daysAheadAddsWhatFallsDueAndTheWelcomeIsTheAgendaForTheWeek() throws {
    let shell = try workspace()
    let week = try shell.oneShot(["agenda", "--days", "7", "--json"])
    #expect(week.status == .success, "\(week.stderr)")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(week.stdout.utf8)) as? [String: Any])
    #expect(json["schema_version"] as? Int == 1)
    #expect(json["today"] as? String == "2026-11-29")
    #expect(json["through"] as? String == "2026-12-06")
    #expect(json["nothing_due"] as? [String] == ["dune"])
    let cases = try #require(json["cases"] as? [[String: Any]])
    #expect(cases.map { $0["case_id"] as? String } == ["acme-ltd", "bolt", "cole"])
    let cole = try #require(cases.last?["items"] as? [[String: Any]])
    #expect(cole.first?["kind"] as? String == "promise_due")
    #expect(cole.first?["day"] as? String == "2026-12-02")
    #expect(Set(cole.first?.keys.map { $0 } ?? []) == ["kind", "amount", "day", "count", "text"])
    #expect(cole.first?["count"] is NSNull)
    // The welcome says the same, case by case, in the same words.
    let welcome = try shell.session(["quit"]).stdout
    for entry in cases {
      let id = try #require(entry["case_id"] as? String)
      let items = try #require(entry["items"] as? [[String: Any]]).compactMap {
        $0["text"] as? String
      }
      #expect(welcome.contains("  \(id): \(items.joined(separator: "; "));"), "\(welcome)")
    }
    #expect(welcome.contains("Nothing due on dune."))
    #expect(!welcome.contains("echo"))
  }

  @Test func anEmptyAgendaSaysSoAndDaysMustBeANumber() throws {
    let shell = try ShellHarness()
    let run = try shell.oneShot(["agenda"])
    #expect(run.status == .success)
    #expect(run.stdout == "Nothing needs attention today, Sunday 29 November 2026.\n")
    let bad = try shell.oneShot(["agenda", "--days", "soon"])
    #expect(bad.status == .usage)
    #expect(bad.stderr.contains("--days takes a whole number of days from 0 to 366 (got 'soon')"))
  }
}
