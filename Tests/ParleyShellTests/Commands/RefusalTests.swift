import Foundation
import Testing

@testable import ParleyShell

@Suite("Refusals: bad input gets a clear error and the journal stays as it was")
struct RefusalTests {
  static let refusals: [([String], ParleyShell.ExitStatus, String)] = [
    (["paid", "12.345"], .failure, "GBP has 2 decimal places"),
    (["paid", "-5"], .failure, "negative"),
    (["paid", "€5"], .failure, "this case is in GBP"),
    (["paid", "5", "--on", "2026-12-25"], .failure, "is in the future"),
    (["paid", "5", "--invoice", "INV-9"], .failure, "there is no invoice INV-9 in this case"),
    (["paid", "5", "--on", "31/02/2026"], .failure, "February 2026 has 28 days"),
    (["void", "9", "--reason", "x"], .failure, "there is no entry 9"),
    (["void", "1", "--reason", "x"], .failure, "cannot be voided"),
    (["void", "two", "--reason", "x"], .usage, "is not an entry number"),
    (["void", "2", "--reason", " "], .failure, "the reason cannot be empty"),
    (["log", "--channel", "fax", "--out", "--summary", "x"], .failure, "'fax' is not a channel"),
    (
      ["log", "--channel", "email", "--out", "--summary", "  "], .failure,
      "the summary cannot be empty"
    ),
    (["log", "--channel", "email", "--in", "--out", "--summary", "x"], .usage, "not both"),
    (["log", "--channel", "email", "--out"], .usage, "--summary is needed"),
    (["invoice", "--number", "INV-042", "--amount", "5"], .failure, "already in this case"),
    (
      [
        "invoice", "--number", "B", "--amount", "5", "--issued", "2026-10-01", "--due",
        "2026-09-01",
      ],
      .failure, "cannot be due before it was issued"
    ),
    (["note", "--case", "nobody", "hello"], .failure, "no case matches 'nobody'"),
    (["note", "--edit"], .usage, "--edit needs a terminal"),
    (
      ["invoice", "--number", "B", "--amount", "5", "--issued", "2199-12-31"], .failure,
      "is after today"
    ),
    (
      ["invoice", "--number", "B", "--amount", "5", "--issued", "9999-12-31"], .failure,
      "parley takes dates from 1900 to 2200"
    ),
    (["show", "--bogus"], .usage, "Unknown option '--bogus'"),
  ]

  @Test(arguments: refusals)
  func refusesAndChangesNothing(words: [String], status: ParleyShell.ExitStatus, message: String)
    throws
  {
    let shell = try ShellHarness()
    try shell.makeAcme()
    let before = shell.journal("acme-ltd")
    let run = try shell.oneShot(words)
    #expect(run.status == status)
    #expect(run.stderr.contains(message), "stderr was: \(run.stderr)")
    #expect(run.stderr.hasPrefix("parley: "))
    #expect(shell.journal("acme-ltd") == before)
  }
}
