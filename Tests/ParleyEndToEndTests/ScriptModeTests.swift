import Foundation
import Testing

@Suite("Script mode: commands on stdin")
struct ScriptModeTests {
  /// The answers to a guided `new`, after the `new` line itself: the client
  /// (then `back` and a corrected name), kind, contact, jurisdiction and
  /// currency by default, the invoice, an ambiguous date and the default due date.
  static let guidedNew = [
    "new",
    "Acme Ltd",  // 2: client
    "back",  // 3: revise the client
    "Acme Limited",  // 4: client again
    "",  // 5: kind [business]
    "",  // 6: contact (skip)
    "",  // 7: jurisdiction [gb-ewl]
    "",  // 8: currency [GBP]
    "INV-1",  // 9: invoice number
    "500",  // 10: amount
    "3/4/2026",  // 11: issued: day-first in England, so 3 April
    "",  // 12: due [30 days after issue]
    "no",  // 13: another invoice?
    "yes",  // 14: save?
  ]

  @Test("no prompt, no banner and no colour: stdout is only the commands' output")
  func noPromptNoBanner() throws {
    let sandbox = try ParleySandbox()
    let help = try sandbox.run("help")
    let result = try sandbox.script(
      ["help", "# a comment", "", "cases"], environment: ["TERM": "xterm", "NO_COLOR": ""])
    #expect(result.status == 0, "\(result)")
    #expect(result.stdout == help.stdout + "No cases yet. Start one with 'new'.\n")
    #expect(!result.stdout.contains("parley>"))
    #expect(!result.stdout.contains("Not legal advice."))
    #expect(!result.hasEscapes)
    #expect(result.stderr.isEmpty)
  }

  @Test("a guided `new` answered by the following lines, with `back` and an ambiguous date")
  func guidedNew() throws {
    let sandbox = try ParleySandbox()
    let result = try sandbox.script(Self.guidedNew + ["cases"])
    #expect(result.status == 0, "\(result)")
    #expect(
      result.stdout.hasPrefix(
        """
        Read as Friday 3 April 2026.
        Saved case acme-limited. Next: 'log' any reminders and calls so far, 'cashflow' to note what you need and what they can pay, then 'plan'.

        """), "\(result)")
    #expect(!result.stdout.contains("Client's name"), "questions are prompts: not in a script")
    #expect(result.stdout.contains("acme-limited  Acme Limited"))
    #expect(sandbox.caseFiles() == ["acme-limited.jsonl", "acme-limited.jsonl.seal"])

    let opened = try #require(try sandbox.entries(ofType: "case.opened", in: "acme-limited").first)
    #expect(opened["client"] as? String == "Acme Limited")
    #expect(opened["debtorKind"] as? String == "business")
    #expect(opened["jurisdiction"] as? String == "gb-ewl")
    #expect(opened["currency"] as? String == "GBP")
    let invoice = try #require(
      try sandbox.entries(ofType: "invoice.added", in: "acme-limited").first)
    #expect(invoice["number"] as? String == "INV-1")
    #expect(money(invoice["amount"]) == ["amount": "500.00", "currency": "GBP"])
    #expect(invoice["issued"] as? String == "2026-04-03")
    #expect(invoice["due"] as? String == "2026-05-03")
  }

  @Test("the first error stops the script: `stdin:LINE:` counts the lines answers used")
  func errorNamesTheLineAfterAnswers() throws {
    let sandbox = try ParleySandbox()
    let result = try sandbox.script(
      Self.guidedNew + ["cases", "paid 12.345", "note never written", "paid 5"])
    #expect(result.status == 1, "\(result)")
    #expect(result.stderr == "stdin:16: GBP has 2 decimal places; '12.345' has 3\n")
    let records = try sandbox.records("acme-limited")
    #expect(records.count == 2, "nothing after the error may run: \(records)")
    #expect(try sandbox.entries(ofType: "note", in: "acme-limited").isEmpty)
  }

  @Test("an unknown command in a script: exit 2 naming its line, later lines not run")
  func unknownCommandInScript() throws {
    let sandbox = try ParleySandbox()
    try sandbox.openAcme()
    let before = try sandbox.journal()
    let result = try sandbox.script(["open acme", "", "cass", "note never"])
    #expect(result.status == 2, "\(result)")
    #expect(result.stderr.hasPrefix("stdin:3: Unknown command 'cass'. Did you mean 'cases'?"))
    #expect(try sandbox.journal() == before)
  }

  @Test("a bad answer to a question stops the script naming the answer's line")
  func badAnswerNamesItsLine() throws {
    let sandbox = try ParleySandbox()
    var lines = Self.guidedNew
    lines[12] = "perhaps"  // line 13: "Add another unpaid invoice?" wants yes or no
    let result = try sandbox.script(lines + ["cases"])
    #expect(result.status == 1, "\(result)")
    #expect(result.stderr.contains("answer yes or no"), "\(result)")
    #expect(!result.stdout.contains("acme-limited"), "commands after the error ran")
    #expect(sandbox.caseFiles().isEmpty)
    #expect(result.stderr.hasPrefix("stdin:13: "), "\(result)")
  }

  @Test("a question whose answer is missing: exit 3 at once, nothing written")
  func missingAnswer() throws {
    let sandbox = try ParleySandbox()
    let result = try sandbox.script(["new", "Beta LLP", "individual"])
    #expect(result.status == 3, "\(result)")
    #expect(
      result.stderr
        == "stdin:1: no answer to 'How do you reach them?': the input ended; nothing was saved\n")
    #expect(result.elapsed < 10)
    #expect(sandbox.caseFiles().isEmpty)
  }

  @Test("an empty script does nothing and succeeds")
  func emptyScript() throws {
    let sandbox = try ParleySandbox()
    let result = try sandbox.script([])
    #expect(result.status == 0, "\(result)")
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.isEmpty)
  }

  @Test("`log --text` reads a block ended by a lone '.', and the journal keeps all of it")
  func logTextBlock() throws {
    let sandbox = try ParleySandbox()
    try sandbox.openAcme(withReminder: false)
    let text = [
      "Dear Sam,",
      "",
      "Invoice INV-042 for £1,200.50 is now overdue. \"Quoted\" \\ back",
      "..",
      " . ",
      "Kind regards, Zoë",
    ]
    let result = try sandbox.script(
      [
        "open acme",
        "log --channel email --out --on 2026-10-08 --summary \"first reminder\" --text",
      ]
        + text + [".", "note after the block"])
    #expect(result.status == 0, "\(result)")
    #expect(
      result.stdout.contains("Recorded entry 3: email to client on 8 Oct 2026: first reminder."))
    let contact = try #require(try sandbox.entries(ofType: "contact.logged").first)
    #expect(contact["fullText"] as? String == text.joined(separator: "\n"))
    #expect(contact["summary"] as? String == "first reminder")
    #expect(try sandbox.entries(ofType: "note").first?["text"] as? String == "after the block")
  }

  @Test("a one-shot `log --text` reads its block from stdin")
  func oneShotLogText() throws {
    let sandbox = try ParleySandbox()
    try sandbox.openAcme(withReminder: false)
    let result = try sandbox.run(
      [
        "log", "--case", "acme", "--channel", "phone", "--in", "--summary", "they called", "--text",
      ],
      stdin: "They will pay £500 on Friday.\nSam\n.\n")
    #expect(result.status == 0, "\(result)")
    let contact = try #require(try sandbox.entries(ofType: "contact.logged").first)
    #expect(contact["fullText"] as? String == "They will pay £500 on Friday.\nSam")
    #expect(contact["direction"] as? String == "in")
  }

  @Test("a `--text` block the input ends inside: exit 3, nothing written")
  func unterminatedBlock() throws {
    let sandbox = try ParleySandbox()
    try sandbox.openAcme()
    let before = try sandbox.journal()
    let result = try sandbox.script([
      "log --case acme --channel email --out --summary \"second reminder\" --text",
      "Dear Sam,", "no full stop line follows",
    ])
    #expect(result.status == 3, "\(result)")
    #expect(result.stderr.contains("without a line holding only '.'; nothing was saved"))
    #expect(try sandbox.journal() == before)
  }
}
