import Foundation
import Testing

@testable import ParleyShell

/// `import` against a workspace of two clients: what is recorded, where, and
/// what is left exactly as it was.
@Suite struct ImportCommandTests {
  /// A mailbox: Acme's thread (an outbound reminder, Kim's reply promising
  /// £500 by 18 December), Bolt's remittance naming its invoice, and a newsletter.
  static let mailbox = """
    From sam@bakerdesign.example Thu Oct  1 09:00:00 2026
    From: Sam Baker <sam@bakerdesign.example>
    To: Kim Lee <kim@acme.example>
    Subject: Invoice INV-042
    Date: Thu, 01 Oct 2026 09:00:00 +0100
    Message-ID: <r1@bakerdesign.example>

    Hello Kim, a reminder that invoice INV-042 is due.

    From kim@acme.example Thu Oct 15 10:30:00 2026
    From: Kim Lee <kim@acme.example>
    To: Sam Baker <sam@bakerdesign.example>
    Subject: Re: Invoice INV-042
    Date: Thu, 15 Oct 2026 12:30:00 +0200
    Message-ID: <k1@acme.example>
    In-Reply-To: <r1@bakerdesign.example>

    Hi Sam, sorry for the delay. We will pay £500 by 18 December.
    Kim

    > Hello Kim, a reminder that invoice INV-042 is due.

    From news@shop.example Fri Oct 16 08:00:00 2026
    From: Shop <news@shop.example>
    To: sam@bakerdesign.example
    Subject: Weekly deals
    Date: Fri, 16 Oct 2026 08:00:00 +0000
    Message-ID: <n1@shop.example>

    Deals.

    From pay@boltworks.example Tue Oct 20 17:05:00 2026
    From: Bolt Accounts <pay@boltworks.example>
    To: sam@bakerdesign.example
    Subject: Remittance advice B-7
    Date: Tue, 20 Oct 2026 17:05:00 +0000
    Message-ID: <b1@boltworks.example>

    Payment for invoice B-7 has been scheduled.

    """

  /// Two cases (Acme, who write from acme.example; Bolt, known by invoice
  /// only), the user's address, and the mailbox written to a file.
  func workspace() throws -> (ShellHarness, String) {
    let shell = try ShellHarness()
    for words in [
      [
        "new", "--client", "Acme Ltd", "--contact", "kim@acme.example", "--invoice", "INV-042",
        "--amount", "£1,200", "--issued", "2026-09-01", "--due", "2026-10-01",
      ],
      [
        "new", "--client", "Bolt Works", "--invoice", "B-7", "--amount", "£300", "--issued",
        "2026-09-10", "--due", "2026-10-10",
      ],
      ["me", "--email", "sam@bakerdesign.example", "--name", "Sam Baker"],
    ] {
      let run = try shell.oneShot(words)
      try #require(run.status == .success, "\(words): \(run.stderr)")
    }
    let path = shell.home.appendingPathComponent("inbox.mbox").path
    try Self.mailbox.write(toFile: path, atomically: true, encoding: .utf8)
    return (shell, path)
  }

  @Test func aDryRunShowsEachCasesMessagesAndWritesNothing() throws {
    let (shell, path) = try workspace()
    let before = (shell.journal("acme-ltd"), shell.journal("bolt-works"))
    let run = try shell.oneShot(["import", path, "--dry-run"])
    #expect(run.status == .success, "\(run.stderr)")
    #expect(shell.journal("acme-ltd") == before.0)
    #expect(shell.journal("bolt-works") == before.1)
    let out = run.stdout
    #expect(out.contains("acme-ltd: 2 messages"))
    #expect(out.contains("bolt-works: 1 message"))
    #expect(out.contains("#1  1 Oct 2026 09:00 +01:00  to   Kim Lee <kim@acme.example>"))
    #expect(out.contains("#2  15 Oct 2026 12:30 +02:00  from Kim Lee <kim@acme.example>"))
    #expect(out.contains("same thread as <r1@bakerdesign.example>"))
    #expect(out.contains("names invoice B-7"))
    #expect(out.contains("reads as a promise to pay"))
    #expect(out.contains("Not recorded: 1 message that no single open case claims"))
    #expect(out.contains("#3  16 Oct 2026 08:00 +00:00  from Shop <news@shop.example>"))
    #expect(out.contains("To put them in a case: 'import \(path) --case CASE --message 3'"))
    #expect(out.contains("Dry run: nothing was written. 3 messages in 2 cases would be recorded."))
  }

  @Test func importRecordsInTwoCasesAndAgainAddsNothing() throws {
    let (shell, path) = try workspace()
    let run = try shell.oneShot(["import", path])
    #expect(run.status == .success, "\(run.stderr)")
    #expect(run.stdout.contains("Recorded entries 3–4 in acme-ltd."))
    #expect(run.stdout.contains("Recorded entry 3 in bolt-works."))
    // Off a terminal the promise waits for the user to confirm it.
    #expect(
      run.stdout.contains(
        "Not recorded as a promise until you confirm it: 'promise --case acme-ltd --by 2026-12-18 "
          + "--on 2026-10-15 --amount 500.00'"))
    let show = try shell.oneShot(["show", "--case", "acme-ltd", "--json"])
    let object = try #require(
      JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any])
    let contacts = try #require(object["contacts"] as? [[String: Any]])
    #expect(contacts.map { $0["direction"] as? String } == ["out", "in"])
    #expect(contacts.map { $0["on"] as? String } == ["2026-10-01", "2026-10-15"])
    let mail = try #require(contacts[1]["mail"] as? [String: Any])
    #expect(mail["message_id"] as? String == "k1@acme.example")
    #expect(mail["sent"] as? String == "2026-10-15T12:30:00+02:00")
    #expect(object["promises"] as? [Any] == nil || (object["promises"] as? [Any])?.isEmpty == true)
    let journals = (shell.journal("acme-ltd"), shell.journal("bolt-works"))
    let again = try shell.oneShot(["import", path])
    #expect(again.status == .success)
    #expect(again.stdout.contains("Already recorded, skipped: 3 messages."))
    #expect(again.stdout.contains("Nothing new was recorded."))
    #expect(shell.journal("acme-ltd") == journals.0)
    #expect(shell.journal("bolt-works") == journals.1)
  }

  @Test func theJournalKeepsTheMessagesOwnHeaders() throws {
    let (shell, path) = try workspace()
    _ = try shell.oneShot(["import", path])
    let journal = String(decoding: shell.journal("acme-ltd"), as: UTF8.self)
    let reply = try #require(
      journal.split(separator: "\n").first { $0.contains("k1@acme.example") })
    for fact in [
      "\"sent\":\"2026-10-15T12:30:00+02:00\"", "\"messageID\":\"k1@acme.example\"",
      "\"inReplyTo\":[\"r1@bakerdesign.example\"]", "\"from\":\"Kim Lee <kim@acme.example>\"",
      "\"source\":\"inbox.mbox, message 2\"", "\"direction\":\"in\"",
    ] {
      #expect(reply.contains(fact), "\(fact)")
    }
    #expect(try shell.oneShot(["verify", "--case", "acme-ltd"]).status == .success)
  }

  @Test func theEvidenceShowsImportedMessagesWithTheirOriginalTimesAndIDs() throws {
    let (shell, path) = try workspace()
    _ = try shell.oneShot(["import", path])
    let run = try shell.oneShot(["export", "-", "--markdown", "--case", "acme-ltd"])
    #expect(run.status == .success, "\(run.stderr)")
    let text = run.stdout
    #expect(text.contains("Email from the client (imported from the mailbox)"))
    #expect(text.contains("Sent: 15 Oct 2026 12:30 +02:00 (2026-10-15T10:30:00Z)"))
    #expect(text.contains("Message-ID: \\<k1@acme.example\\>"))
    #expect(
      text.contains("Imported: 2026-11-29 (Sunday 29 November 2026), from inbox.mbox, message 2"))
  }

  @Test func unmatchedMessagesGoToACaseOnlyWhenPicked() throws {
    let (shell, path) = try workspace()
    let run = try shell.oneShot(["import", path, "--case", "bolt", "--message", "3"])
    #expect(run.status == .success, "\(run.stderr)")
    #expect(run.stdout.contains("bolt-works: 1 message"))
    #expect(run.stdout.contains("put here with --case"))
    #expect(!run.stdout.contains("acme-ltd:"), "only the picked message is imported")
    #expect(try shell.oneShot(["import", path]).stdout.contains("Already recorded, skipped: 1"))
  }

  @Test func mailVoidedAfterAnImportStaysOutAndSaysHowToBringItBack() throws {
    let (shell, path) = try workspace()
    _ = try shell.oneShot(["import", path])
    let voided = try shell.oneShot(["void", "4", "--case", "acme", "--reason", "wrong case"])
    #expect(voided.status == .success, "\(voided.stderr)")
    let again = try shell.oneShot(["import", path, "--dry-run"])
    #expect(
      again.stdout.contains(
        "Voided after an earlier import, skipped: 1 message (#2); to import one again: "
          + "'import \(path) --case CASE --message N'."), "\(again.stdout)")
    let back = try shell.oneShot(["import", path, "--case", "bolt", "--message", "2"])
    #expect(back.stdout.contains("bolt-works: 1 message"), "\(back.stdout)")
  }

  @Test func aBrokenMessageIsNamedSkippedAndTheRestImport() throws {
    let (shell, path) = try workspace()
    let broken = Self.mailbox.replacingOccurrences(
      of: "Subject: Weekly deals\n",
      with: "Subject: Weekly deals\nContent-Type: multipart/mixed\n")
    try broken.write(toFile: path, atomically: true, encoding: .utf8)
    let run = try shell.oneShot(["import", path])
    #expect(run.status == .failure)
    #expect(
      run.stderr.contains("inbox.mbox, message 3: skipped. A part says it is multipart/mixed"))
    #expect(run.stderr.contains("1 message could not be read and was skipped"))
    #expect(run.stdout.contains("acme-ltd: 2 messages"))
    #expect(run.stdout.contains("bolt-works: 1 message"))
  }

  @Test func withNoCasesTheImportSaysToStartOne() throws {
    let shell = try ShellHarness()
    let path = shell.home.appendingPathComponent("inbox.mbox").path
    try Self.mailbox.write(toFile: path, atomically: true, encoding: .utf8)
    let run = try shell.oneShot(["import", path, "--me", "sam@bakerdesign.example", "--dry-run"])
    #expect(run.status == .success, "\(run.stderr)")
    #expect(run.stdout.contains("Not recorded: 4 messages"))
    #expect(run.stdout.contains("There are no cases yet, so no mail can go anywhere: start one"))
  }

  @Test func withoutTheUsersAddressNothingIsReadOrWritten() throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    let path = shell.home.appendingPathComponent("inbox.mbox").path
    try Self.mailbox.write(toFile: path, atomically: true, encoding: .utf8)
    let before = shell.journal("acme-ltd")
    let run = try shell.oneShot(["import", path])
    #expect(run.status == .usage)
    #expect(run.stderr.contains("set it once with 'me --email you@example.com', or add --me"))
    #expect(shell.journal("acme-ltd") == before)
    let given = try shell.oneShot(["import", path, "--me", "sam@bakerdesign.example", "--dry-run"])
    #expect(given.status == .success, "\(given.stderr)")
    #expect(given.stdout.contains("acme-ltd: 2 messages"), "by the invoice number, then the thread")
  }

  @Test func aMailboxOfStrangersListsTwentyAndSaysHowToSeeTheRest() throws {
    let (shell, path) = try workspace()
    let strangers = (1...25).map { number in
      "From x Thu Oct 15 10:30:00 2026\nFrom: shop\(number)@news.example\nSubject: Deal \(number)\n"
        + "Date: Thu, 15 Oct 2026 10:30:00 +0000\nMessage-ID: <d\(number)@news.example>\n\nBuy.\n"
    }
    try strangers.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
    let run = try shell.oneShot(["import", path, "--dry-run"])
    #expect(run.stdout.contains("Not recorded: 25 messages that no single open case claims"))
    #expect(run.stdout.contains("#20  "))
    #expect(!run.stdout.contains("#21  "))
    #expect(run.stdout.contains("…and 5 more: 'import \(path) --dry-run --json' lists every one."))
  }

  @Test func aLongThreadShowsItsLatestTwentyMessages() throws {
    let (shell, path) = try workspace()
    let thread = (1...23).map { number in
      "From x Thu Oct 15 10:30:00 2026\nFrom: kim@acme.example\nSubject: Note \(number)\n"
        + "Date: Thu, \(number) Oct 2026 10:30:00 +0000\nMessage-ID: <t\(number)@acme.example>\n\n"
        + "Noted.\n"
    }
    try thread.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
    let run = try shell.oneShot(["import", path, "--dry-run"])
    #expect(run.stdout.contains("acme-ltd: 23 messages"))
    #expect(run.stdout.contains("(the 3 earlier ones not shown; 'import \(path) --dry-run --json'"))
    #expect(!run.stdout.contains("Note 3  ("), "the earliest are left out")
    #expect(run.stdout.contains("Note 4  ("))
    #expect(run.stdout.contains("Note 23  ("))
  }

  @Test func badArgumentsAreRefusedInWords() throws {
    let (shell, path) = try workspace()
    let cases: [([String], String)] = [
      (["import"], "import needs a file or folder of mail"),
      (["import", path, "--message", "2"], "--message picks messages to put in a case"),
      (["import", path, "--case", "acme", "--message", "x"], "is not a list of message numbers"),
      (["import", path, "--case", "acme", "--message", "9"], "there is no message 9"),
      (["import", "/no/such/inbox.mbox"], "there is no file or folder '/no/such/inbox.mbox'"),
      (["import", path, "--me", "not-an-address"], "is not an email address"),
    ]
    for (words, message) in cases {
      let run = try shell.oneShot(words)
      #expect(run.status != .success, "\(words)")
      #expect(run.stderr.contains(message), "\(words): \(run.stderr)")
    }
    #expect(shell.journal("acme-ltd").count > 0)
  }

  @Test func aPromiseFoundInTheMailIsRecordedOnlyWhenConfirmed() throws {
    let (shell, path) = try workspace()
    let declined = try shell.session(["import \(path)", "n", "show --case acme-ltd --json", "quit"])
    #expect(
      declined.stdout.contains("Left as it is; record it later with 'promise --case acme-ltd"))
    let (other, otherPath) = try workspace()
    let run = try other.session(["import \(otherPath)", "y", "quit"])
    #expect(
      run.reader.prompts.contains {
        $0.contains(
          "Record their promise to pay £500.00 by Friday 18 December 2026 (email of 15 Oct 2026) "
            + "as a promise on acme-ltd?")
      }, "\(run.reader.prompts)")
    #expect(run.stdout.contains("Recorded entry 5: promise"), "\(run.stdout)")
  }

  @Test func aPromiseInAnotherCurrencyIsNotRecordedAsTheBalance() throws {
    let (shell, path) = try workspace()
    try Self.mailbox.replacingOccurrences(of: "We will pay £500 by", with: "We will pay $500 by")
      .write(toFile: path, atomically: true, encoding: .utf8)
    let run = try shell.session(["import \(path)", "quit"])
    #expect(
      run.stdout.contains(
        "Their promise names $500.00, not in GBP, the currency of acme-ltd; record what it "
          + "comes to with 'promise --case acme-ltd'."), "\(run.stdout)")
    #expect(!run.reader.prompts.contains { $0.contains("as a promise on acme-ltd?") })
    #expect(!String(decoding: shell.journal("acme-ltd"), as: UTF8.self).contains("promise.noted"))
  }

  @Test func ctrlCAtThePromiseSaysTheMailIsRecordedAndThePromiseNot() throws {
    let (shell, path) = try workspace()
    let run = try shell.session([.line("import \(path)"), .interrupted, .line("quit")])
    #expect(
      run.stderr.contains(
        "stopped; the mail is recorded, the promise is not (record it with "
          + "'promise --case acme-ltd --by 2026-12-18"), "\(run.stderr)")
    let journal = String(decoding: shell.journal("acme-ltd"), as: UTF8.self)
    #expect(journal.contains("k1@acme.example"))
    #expect(!journal.contains("promise.noted"))
  }

  @Test func onlyTheClientsNewWordsAreRead() throws {
    let (shell, path) = try workspace()
    try """
    From: Kim Lee <kim@acme.example>
    To: sam@bakerdesign.example
    Subject: Re: Invoice INV-042
    Date: Mon, 2 Nov 2026 09:00:00 +0000
    Message-ID: <k9@acme.example>

    Our director is looking at it and will get back to you.

    Kim Lee | Accounts | Acme Ltd | pay on time, every time

    On Thu, 15 Oct 2026 at 12:30, Sam Baker <sam@bakerdesign.example> wrote:
    > Could you pay £500 by 18 December? I will pay the rest by January.
    """.write(toFile: path, atomically: true, encoding: .utf8)
    let run = try shell.oneShot(["import", path, "--dry-run", "--json"])
    let object = try #require(
      JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    let message = try #require((object["messages"] as? [[String: Any]])?.first)
    let reading = try #require(message["reading"] as? [String: Any], "\(message)")
    #expect(reading["kind"] as? String != "promise_to_pay", "\(reading)")
    #expect(reading["promise"] is NSNull, "the quoted £500 and 18 December are not theirs")
  }

  @Test func jsonListsEveryMessageAndWhatBecameOfIt() throws {
    let (shell, path) = try workspace()
    let run = try shell.oneShot(["import", path, "--json"])
    #expect(run.status == .success, "\(run.stderr)")
    let object = try #require(
      JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    #expect(object["schema_version"] as? Int == 1)
    #expect(object["dry_run"] as? Bool == false)
    #expect(object["recorded_count"] as? Int == 3)
    let messages = try #require(object["messages"] as? [[String: Any]])
    #expect(
      messages.map { $0["outcome"] as? String } == [
        "recorded", "recorded", "unmatched", "recorded",
      ])
    #expect(
      messages.map { $0["case_id"] as? String } == ["acme-ltd", "acme-ltd", nil, "bolt-works"])
    #expect(messages.map { $0["matched_by"] as? String } == ["address", "thread", nil, "invoice"])
    #expect(messages[1]["sent"] as? String == "2026-10-15T12:30:00+02:00")
    #expect(messages[1]["seq"] as? Int == 4)
    let reading = try #require(messages[1]["reading"] as? [String: Any])
    #expect(reading["kind"] as? String == "promise_to_pay")
  }
}
