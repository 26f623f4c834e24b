import Foundation
import Testing

@testable import ParleyShell

@Suite("cases: only the overdue, and in the order asked for")
struct CasesListingTests {
  /// On 29 Nov 2026: Acme £1,200.50, 59 days overdue, emailed 25 Nov;
  /// Bolt £900, 45 days overdue, never contacted; Cole £50, not yet due,
  /// written to on 1 Nov; Dune £100, 1 day overdue, called 27 Nov.
  private func workspace() throws -> ShellHarness {
    let shell = try ShellHarness()
    try shell.makeAcme()
    func new(_ client: String, _ amount: Int, due: String) -> String {
      "new --client \(client) --invoice \(client)-1 --amount \(amount) --issued 2026-09-01 --due \(due)"
    }
    let run = try shell.session(
      [
        new("Bolt", 900, due: "2026-10-15"), new("Cole", 50, due: "2026-12-31"),
        new("Dune", 100, due: "2026-11-28"),
        "log --case acme --channel email --out --on 2026-11-25 --summary reminder",
        "log --case cole --channel letter --out --on 2026-11-01 --summary statement",
        "log --case dune --channel phone --out --on 2026-11-27 --summary called",
      ], interactive: false)
    #expect(run.status == .success, "\(run.stderr)")
    return shell
  }

  private func ids(_ run: ShellHarness.Run) -> [String] {
    run.stdout.split(separator: "\n").dropFirst().compactMap { $0.split(separator: " ").first }
      .map(String.init)
  }

  @Test(
    "each key orders the cases as it says, ties by id",
    arguments: [
      ([String](), ["acme-ltd", "bolt", "dune", "cole"]),
      (["--sort", "overdue"], ["acme-ltd", "bolt", "dune", "cole"]),
      (["--sort", "balance"], ["acme-ltd", "bolt", "dune", "cole"]),
      (["--sort", "client"], ["acme-ltd", "bolt", "cole", "dune"]),
      (["--sort", "last-contact"], ["bolt", "cole", "acme-ltd", "dune"]),
      (["--sort", "Last-Contact", "--reverse"], ["dune", "acme-ltd", "cole", "bolt"]),
      (["--overdue"], ["acme-ltd", "bolt", "dune"]),
      (["--overdue", "--sort", "client", "--reverse"], ["dune", "bolt", "acme-ltd"]),
    ])
  func order(options: [String], expected: [String]) throws {
    let shell = try workspace()
    let run = try shell.oneShot(["cases"] + options)
    #expect(run.status == .success, "\(run.stderr)")
    #expect(ids(run) == expected, "\(run.stdout)")
  }

  @Test func theNextContactOrderShowsTheDayAndJsonGivesIt() throws {
    let shell = try workspace()
    let run = try shell.oneShot(["cases", "--sort", "next-contact"])
    #expect(run.stdout.split(separator: "\n").first?.hasSuffix("NEXT CONTACT") == true)
    // Bolt can be chased today; Acme's email of 25 Nov and Dune's call of 27
    // Nov hold them back; Cole is not due, but may be reminded.
    #expect(ids(run).first == "bolt", "\(run.stdout)")
    let listing = try shell.oneShot(["cases", "--json", "--sort", "next-contact"]).stdout
    let json = try #require(
      (try JSONSerialization.jsonObject(with: Data(listing.utf8)) as? [String: Any])?["cases"]
        as? [[String: Any]])
    let days = json.map { $0["next_contact_day"] as? String ?? "-" }
    #expect(days == days.sorted(), "\(days)")
    #expect(json.allSatisfy { $0["status"] as? String == "open" && $0["closed"] is NSNull })
  }

  @Test func anUnknownKeyIsAUsageErrorThatSuggestsTheClosest() throws {
    let shell = try workspace()
    let run = try shell.oneShot(["cases", "--sort", "balnce"])
    #expect(run.status == .usage)
    #expect(
      run.stderr.contains(
        "cannot sort by 'balnce': use one of overdue, balance, client, last-contact, "
          + "next-contact. Did you mean 'balance'?"))
  }
}
