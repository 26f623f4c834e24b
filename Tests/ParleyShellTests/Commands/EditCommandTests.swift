import Foundation
import Testing

@testable import ParleyShell

@Suite("edit: a correction supersedes an entry, and both stay in the record")
struct EditCommandTests {
  /// Acme: entry 3 a payment of £500.00 on 10 Nov, 4 an email on 12 Nov, 5 a note.
  private func acme() throws -> ShellHarness {
    let shell = try ShellHarness()
    try shell.makeAcme()
    let run = try shell.session(
      [
        "open acme", "paid 500 --on 2026-11-10",
        "log --channel email --out --on 2026-11-12 --summary \"first reminder\"",
        "note They moved office",
      ], interactive: false)
    #expect(run.status == .success, "\(run.stderr)")
    return shell
  }

  @Test func aPaymentEnteredWronglyIsReadAtItsCorrectedAmount() throws {
    let shell = try acme()
    let run = try shell.oneShot([
      "edit", "3", "--case", "acme", "--amount", "£600", "--reason", "typo",
    ])
    #expect(run.status == .success, "\(run.stderr)")
    #expect(
      run.stdout.contains(
        "Recorded entry 6: entry 3 corrected: amount £600.00 (was £500.00).\n"
          + "Still owed: £600.50 (was £700.50).\n"))
    let show = try shell.oneShot(["show", "--all", "--case", "acme"]).stdout
    #expect(show.contains("Outstanding: £600.50 of £1,200.50"))
    #expect(
      show.contains(
        "3. 2026-11-29T10:00:00Z  payment of £500.00 on 10 Nov 2026  [superseded by entry 6]"))
    #expect(show.contains("6. 2026-11-29T10:00:00Z  correction of entry 3: amount £600.00 (typo)"))
    let json = try #require(
      try JSONSerialization.jsonObject(
        with: Data(try shell.oneShot(["show", "--json", "--case", "acme"]).stdout.utf8))
        as? [String: Any])
    let entries = try #require(json["entries"] as? [[String: Any]])
    #expect(entries[2]["superseded_by"] as? Int == 6)
    #expect(entries[5]["superseded_by"] is NSNull)
    #expect(try shell.oneShot(["verify", "--case", "acme"]).status == .success)
  }

  @Test func aContactsDayAndSummaryAndANotesTextAreCorrected() throws {
    let shell = try acme()
    #expect(
      try shell.oneShot([
        "edit", "4", "--case", "acme", "--on", "2026-11-20", "--summary", "second reminder",
      ])
      .status == .success)
    #expect(
      try shell.oneShot(["edit", "5", "--case", "acme", "--text", "They moved to Leeds"]).status
        == .success)
    let show = try shell.oneShot(["show", "--case", "acme"]).stdout
    #expect(show.contains("20 Nov 2026  → email: second reminder"))
    #expect(show.contains("note: They moved to Leeds"))
    #expect(!show.contains("first reminder"))
  }

  @Test func editingACorrectionCorrectsTheSameEntryAgainAndVoidingItTakesBackOnlyItsChange() throws
  {
    let shell = try acme()
    #expect(
      try shell.oneShot(["edit", "3", "--case", "acme", "--amount", "600"]).status == .success)
    let again = try shell.oneShot(["edit", "6", "--case", "acme", "--on", "2026-11-11"])
    #expect(again.status == .success, "\(again.stderr)")
    #expect(again.stdout.contains("Entry 6 corrects entry 3, so entry 3 is corrected again."))
    let all = try shell.oneShot(["show", "--all", "--case", "acme"]).stdout
    #expect(all.contains("[superseded by entry 6]"))
    #expect(all.contains("correction of entry 3: amount £600.00  [superseded by entry 7]"))
    #expect(
      try shell.oneShot(["void", "6", "--case", "acme", "--reason", "was right"]).status == .success
    )
    let show = try shell.oneShot(["show", "--case", "acme"]).stdout
    #expect(show.contains("  11 Nov 2026  £500.00"), "\(show)")
  }

  @Test(
    "a field the entry does not have is a usage error naming the ones it has",
    arguments: [
      (
        ["edit", "5", "--case", "acme", "--summary", "x"],
        "entry 5 is a note, which has no --summary; it takes --text"
      ),
      (
        ["edit", "3", "--case", "acme", "--text", "x"],
        "entry 3 is a payment, which has no --text; it takes --amount, --on, --invoice"
      ),
      (
        ["edit", "4", "--case", "acme"],
        "what should change? entry 4 is a contact, which takes --on, --summary, --channel, --in/--out"
      ),
      (["edit", "--case", "acme", "--amount", "5"], "which entry? edit ENTRY --FIELD VALUE"),
      (["edit", "x", "--case", "acme", "--amount", "5"], "'x' is not an entry number"),
    ])
  func usage(words: [String], message: String) throws {
    let shell = try acme()
    let before = shell.journal("acme-ltd")
    let run = try shell.oneShot(words)
    #expect(run.status == .usage, "\(run.stderr)")
    #expect(run.stderr.contains(message), "\(run.stderr)")
    #expect(shell.journal("acme-ltd") == before)
  }

  @Test(
    "what cannot be corrected is refused with what to do instead",
    arguments: [
      (
        ["edit", "1", "--case", "acme", "--amount", "5"],
        "entry 1 is the case opening: the client's name is changed with 'rename --client NAME'"
      ),
      (
        ["edit", "3", "--case", "acme", "--amount", "500"],
        "entry 3 already reads that way; there is nothing to correct"
      ),
      (["edit", "3", "--case", "acme", "--on", "2027-01-01"], "is in the future"),
      (["edit", "3", "--case", "acme", "--amount", "0"], "the payment must be more than zero"),
      (
        ["edit", "3", "--case", "acme", "--invoice", "INV-9"],
        "there is no invoice INV-9 in this case"
      ),
      (
        ["edit", "9", "--case", "acme", "--amount", "5"],
        "there is no entry 9; entries run from 1 to 5"
      ),
    ])
  func refused(words: [String], message: String) throws {
    let shell = try acme()
    let before = shell.journal("acme-ltd")
    let run = try shell.oneShot(words)
    #expect(run.status == .failure, "\(run.stderr)")
    #expect(run.stderr.contains(message), "\(run.stderr)")
    #expect(shell.journal("acme-ltd") == before)
  }

  @Test func aVoidedEntryIsNotCorrected() throws {
    let shell = try acme()
    #expect(
      try shell.oneShot(["void", "3", "--case", "acme", "--reason", "bounced"]).status == .success)
    let run = try shell.oneShot(["edit", "3", "--case", "acme", "--amount", "5"])
    #expect(run.status == .failure)
    #expect(run.stderr.contains("entry 3 is void; a void entry is not corrected"))
  }
}
