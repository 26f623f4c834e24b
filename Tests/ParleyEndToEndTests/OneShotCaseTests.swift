import Foundation
import Testing

@Suite("One-shot: a case recorded one command at a time")
struct OneShotCaseTests {
  @Test("`new` with options saves the case without asking, and `cases --json` shows it")
  func newThenCasesJSON() throws {
    let sandbox = try ParleySandbox()
    let created = try sandbox.run(
      "new", "--client", "Acme Ltd", "--invoice", "INV-042", "--amount", "1200.50",
      "--issued", "2026-09-01", "--due", "2026-10-01")
    #expect(created.status == 0, "\(created)")
    #expect(
      created.stdout
        == "Saved case acme-ltd. Next: 'log' any reminders and calls so far, 'cashflow' to note what you need and what they can pay, then 'plan'.\n"
    )
    #expect(sandbox.caseFiles() == ["acme-ltd.jsonl", "acme-ltd.jsonl.seal"])

    let listed = try sandbox.run("cases", "--json")
    #expect(listed.status == 0, "\(listed)")
    let cases = try #require(
      (try parseJSON(listed.stdout) as? [String: Any])?["cases"] as? [[String: Any]])
    try #require(cases.count == 1)
    let acme = cases[0]
    #expect(acme["case_id"] as? String == "acme-ltd")
    #expect(acme["client"] as? String == "Acme Ltd")
    #expect(acme["debtor_kind"] as? String == "business")
    #expect(acme["jurisdiction"] as? String == "gb-ewl")
    #expect(acme["days_overdue"] as? Int == 59)
    #expect(acme["contact_count"] as? Int == 0)
    #expect(money(acme["balance"]) == ["amount": "1200.50", "currency": "GBP"])
    expectSnakeCaseKeys(cases)
  }

  @Test("`cases --json` on an empty workspace is an empty array")
  func emptyWorkspace() throws {
    let sandbox = try ParleySandbox()
    let result = try sandbox.run("cases", "--json")
    #expect(result.status == 0, "\(result)")
    #expect(((try parseJSON(result.stdout) as? [String: Any])?["cases"] as? [Any])?.isEmpty == true)
    let plain = try sandbox.run("cases")
    #expect(plain.stdout == "No cases yet. Start one with 'new'.\n")
  }

  @Test("`log` records a contact that `cases --json` reports as the last contact")
  func logAContact() throws {
    let sandbox = try ParleySandbox()
    try sandbox.openAcme(withReminder: false)
    let logged = try sandbox.run(
      "log", "--case", "acme", "--channel", "email", "--out", "--on", "2026-10-08",
      "--summary", "first reminder")
    #expect(logged.status == 0, "\(logged)")
    #expect(logged.stdout == "Recorded entry 3: email to client on 8 Oct 2026: first reminder.\n")

    let contact = try #require(try sandbox.entries(ofType: "contact.logged").first)
    #expect(contact["channel"] as? String == "email")
    #expect(contact["direction"] as? String == "out")
    #expect(contact["on"] as? String == "2026-10-08")
    #expect(contact["summary"] as? String == "first reminder")

    let listed = try sandbox.run("cases", "--json")
    let acme = try #require(
      ((try parseJSON(listed.stdout) as? [String: Any])?["cases"] as? [[String: Any]])?.first)
    #expect(acme["contact_count"] as? Int == 1)
    let last = try #require(acme["last_contact"] as? [String: Any])
    #expect(last["on"] as? String == "2026-10-08")
    #expect(last["channel"] as? String == "email")
    #expect(last["direction"] as? String == "out")
    #expect(last["summary"] as? String == "first reminder")
  }

  @Test("`paid` lowers the balance; `show --json` has invoices, payments and contacts")
  func paidThenShowJSON() throws {
    let sandbox = try ParleySandbox()
    try sandbox.openAcme()
    let paid = try sandbox.run("paid", "£200", "--case", "acme", "--on", "2026-11-01")
    #expect(paid.status == 0, "\(paid)")
    #expect(
      paid.stdout
        == "Recorded entry 4: payment of £200.00 on 1 Nov 2026. Still owed: £1,000.50.\n")

    let shown = try sandbox.run("show", "--case", "acme", "--json")
    #expect(shown.status == 0, "\(shown)")
    let detail = try #require(try parseJSON(shown.stdout) as? [String: Any])
    #expect(detail["case_id"] as? String == "acme-ltd")
    #expect(detail["client"] as? String == "Acme Ltd")
    #expect(detail["currency"] as? String == "GBP")
    #expect(detail["days_overdue"] as? Int == 59)
    #expect(money(detail["balance"]) == ["amount": "1000.50", "currency": "GBP"])
    #expect(money(detail["paid"]) == ["amount": "200.00", "currency": "GBP"])
    #expect(money(detail["invoiced"]) == ["amount": "1200.50", "currency": "GBP"])

    let invoice = try #require((detail["invoices"] as? [[String: Any]])?.first)
    #expect(invoice["number"] as? String == "INV-042")
    #expect(invoice["issued"] as? String == "2026-09-01")
    #expect(invoice["due"] as? String == "2026-10-01")
    #expect(money(invoice["amount"]) == ["amount": "1200.50", "currency": "GBP"])
    #expect(money(invoice["outstanding"]) == ["amount": "1000.50", "currency": "GBP"])

    let payment = try #require((detail["payments"] as? [[String: Any]])?.first)
    #expect(payment["on"] as? String == "2026-11-01")
    #expect(money(payment["amount"]) == ["amount": "200.00", "currency": "GBP"])

    let contact = try #require((detail["contacts"] as? [[String: Any]])?.first)
    #expect(contact["on"] as? String == "2026-10-08")
    #expect(contact["recorded_at"] as? String == ParleySandbox.now)
    expectSnakeCaseKeys(detail)

    let payments = try sandbox.entries(ofType: "payment.received")
    #expect(payments.count == 1)
    #expect(money(payments.first?["amount"]) == ["amount": "200.00", "currency": "GBP"])
    #expect(payments.first?["on"] as? String == "2026-11-01")
  }

  @Test("the human `show` names the client, the balance and the overdue days")
  func showText() throws {
    let sandbox = try ParleySandbox()
    try sandbox.openAcme()
    let shown = try sandbox.run("show", "--case", "acme")
    #expect(shown.status == 0, "\(shown)")
    #expect(shown.stdout.hasPrefix("Acme Ltd (acme-ltd) — business\n"))
    #expect(shown.stdout.contains("Outstanding: £1,200.50 of £1,200.50, 59 days overdue"))
    #expect(shown.stdout.contains("8 Oct 2026  → email: first reminder"))
  }

  @Test("every journal line has the documented keys and a hash chain from 64 zeros")
  func journalFormat() throws {
    let sandbox = try ParleySandbox()
    try sandbox.openAcme()
    let records = try sandbox.records()
    #expect(
      records.map { $0["type"] as? String } == ["case.opened", "invoice.added", "contact.logged"])
    for (index, record) in records.enumerated() {
      #expect(Set(record.keys) == ["v", "seq", "at", "tz", "type", "data", "prev"])
      #expect(record["v"] as? Int == 1)
      #expect(record["seq"] as? Int == index + 1)
      #expect(record["at"] as? String == ParleySandbox.now)
      #expect(record["tz"] as? String == "Europe/London")
      let previous = try #require(record["prev"] as? String)
      #expect(previous.wholeMatch(of: /[0-9a-f]{64}/) != nil)
    }
    #expect(records.first?["prev"] as? String == String(repeating: "0", count: 64))
    #expect(try permissions(of: sandbox.journalURL().path) == 0o600)
    #expect(try permissions(of: sandbox.casesFolder.path) == 0o700)
    #expect(try permissions(of: sandbox.workspace.path) == 0o700)
  }

  @Test("`verify` passes on an untouched journal")
  func verifyIntact() throws {
    let sandbox = try ParleySandbox()
    try sandbox.openAcme()
    let result = try sandbox.run("verify")
    #expect(result.status == 0, "\(result)")
    #expect(result.stdout.hasPrefix("acme-ltd: intact, 3 entries"))
    let json = try sandbox.run("verify", "--json")
    let report = try #require(
      ((try parseJSON(json.stdout) as? [String: Any])?["cases"] as? [[String: Any]])?.first)
    #expect(report["case_id"] as? String == "acme-ltd")
    #expect(report["intact"] as? Bool == true)
    #expect(report["line_count"] as? Int == 3)
  }
}

/// A file's or folder's permission bits.
func permissions(of path: String) throws -> Int? {
  try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
}

/// An amount in JSON output as `[amount, currency]` strings.
func money(_ value: Any?) -> [String: String]? {
  value as? [String: String]
}

/// Fails when any key in `json`, at any depth, is not snake_case.
func expectSnakeCaseKeys(_ json: Any, path: String = "$") {
  if let object = json as? [String: Any] {
    for (key, value) in object {
      #expect(key.wholeMatch(of: /[a-z][a-z0-9]*(_[a-z0-9]+)*/) != nil, "key \(path).\(key)")
      expectSnakeCaseKeys(value, path: "\(path).\(key)")
    }
  } else if let array = json as? [Any] {
    for (index, element) in array.enumerated() {
      expectSnakeCaseKeys(element, path: "\(path)[\(index)]")
    }
  }
}
