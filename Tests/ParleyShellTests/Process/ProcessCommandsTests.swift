import Foundation
import ParleyKit
import ParleyStore
import Testing

@testable import ParleyShell

@Suite("next, escalate, dispute, promise, interest, jurisdictions")
struct ProcessCommandsTests {
  @Test("next: a new overdue case needs a friendly reminder now")
  func nextRemind() throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    let run = try shell.oneShot(["next"])
    #expect(run.status == .success, "\(run.stderr)")
    #expect(
      run.stdout
        == "Send a calm reminder: it has been unpaid since 1 Oct 2026 and no reminder has gone "
        + "yet. It is reasonable now (since 2 Oct 2026). Draft it with 'draft friendly-reminder'.\n"
    )
    let json = try #require(
      try JSONSerialization.jsonObject(
        with: Data(try shell.oneShot(["next", "--json"]).stdout.utf8))
        as? [String: Any])
    #expect(json["action"] as? String == "remind")
    #expect(json["draft"] as? String == "friendly-reminder")
    #expect(json["due"] as? Bool == true)
  }

  @Test("next: after a letter before claim, the claim waits for the reply window")
  func nextAfterLetter() throws {
    let shell = try ShellHarness()
    try shell.makeAcmeWithReminder()
    _ = try shell.oneShot(["escalate", "mediation-offered", "--on", "2026-11-01"])
    _ = try shell.oneShot(["escalate", "mediation-refused", "--on", "2026-11-10"])
    let letter = try shell.oneShot(["escalate", "letter-before-claim-sent", "--on", "2026-11-25"])
    #expect(letter.status == .success, "\(letter.stderr)")
    let run = try shell.oneShot(["next"])
    #expect(
      run.stdout.contains(
        "File a small claim: the letter before claim went on 25 Nov 2026 and their reply window "
          + "ends on 9 Dec 2026. It becomes reasonable on 10 Dec 2026, in 11 days."))
  }

  @Test("promise: recorded, and next waits for it")
  func promiseWaits() throws {
    let shell = try ShellHarness()
    try shell.makeAcmeWithReminder()
    let run = try shell.oneShot(["promise", "--by", "2026-12-10", "--amount", "£500"])
    #expect(run.status == .success, "\(run.stderr)")
    #expect(try shell.entryTypes().last == "promise.noted")
    let next = try shell.oneShot(["next"])
    #expect(next.stdout.hasPrefix("Wait for the payment: they promised to pay by 10 Dec 2026."))
    let chase = try shell.oneShot(["log", "--channel", "email", "--out", "--summary", "x"])
    #expect(chase.status == .cancelled)
    #expect(chase.stderr.contains("[before-promised-date]"))
    let before = shell.journal("acme-ltd")
    let bad = try shell.oneShot(["promise", "--by", "2026-11-01"])
    #expect(bad.status == .failure)
    #expect(shell.journal("acme-ltd") == before)
  }

  @Test("escalate: an unknown step names the closest; a future day is refused")
  func escalateRefusals() throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    let before = shell.journal("acme-ltd")
    let typo = try shell.oneShot(["escalate", "mediation-ofered"])
    #expect(typo.status == .usage)
    #expect(typo.stderr.contains("Did you mean 'mediation-offered'?"))
    let future = try shell.oneShot(["escalate", "mediation-offered", "--on", "2026-12-25"])
    #expect(future.status == .failure)
    #expect(shell.journal("acme-ltd") == before)
    let none = try shell.oneShot(["escalate"])
    #expect(none.status == .usage)
  }

  @Test("escalate records its details")
  func escalateDetails() throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    let run = try shell.oneShot([
      "escalate", "mediation-offered", "--details", "offered CEDR by email", "--to", "CEDR",
    ])
    #expect(run.status == .success, "\(run.stderr)")
    let data = try #require(try shell.entries().last?["data"] as? [String: Any])
    #expect(data["step"] as? String == "mediation-offered")
    #expect(data["details"] as? String == "offered CEDR by email")
    #expect(data["to"] as? String == "CEDR")
  }

  @Test("interest: the profile's rate, or the user's with --rate, with the sources")
  func interestBusiness() throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    let known = try shell.oneShot(["interest"])
    #expect(known.status == .success, "\(known.stderr)")
    // £1,200.50 × 11.75% × 59 days / 365 = 2,280.13p.
    #expect(known.stdout.contains("INV-042: £22.80 interest to 29 Nov 2026 (59 days"))
    #expect(known.stdout.contains("8% over the reference rate of 3.75% on 30 Jun 2026"))
    let run = try shell.oneShot(["interest", "--rate", "4"])
    #expect(run.status == .success, "\(run.stderr)")
    // £1,200.50 × 12% × 59 days / 365 = 2,328.60p, to the nearest penny.
    #expect(
      run.stdout.contains(
        "INV-042: £23.29 interest to 29 Nov 2026 (59 days from 2 Oct 2026), £0.39 a day"))
    #expect(run.stdout.contains("8% over the reference rate you gave, 4%"))
    #expect(
      run.stdout.contains(
        "Fixed compensation: £70.00 for this invoice (it is due once per qualifying debt, usually each invoice)"
      ))
    #expect(run.stdout.contains("Source: statutoryInterest.marginBasisPoints = 8% (https://"))
    #expect(run.stdout.contains("not legal advice"))
    let json = try #require(
      try JSONSerialization.jsonObject(
        with: Data(try shell.oneShot(["interest", "--rate", "4.25", "--json"]).stdout.utf8))
        as? [String: Any])
    let first = try #require((json["invoices"] as? [[String: Any]])?.first)
    #expect(first["reference_rate_user_supplied"] as? Bool == true)
    #expect(first["rate_percent"] as? String == "12.25")
    let bad = try shell.oneShot(["interest", "--rate", "four"])
    #expect(bad.status == .failure)
  }

  @Test(
    "interest: without a known reference rate, the compensation still, and where to find the rate")
  func interestWithoutAKnownRate() throws {
    let shell = try ShellHarness()
    try shell.oneShot([
      "new", "--client", "Acme Ltd", "--invoice", "INV-7", "--amount", "£4,800",
      "--issued", "2026-10-15", "--due", "2026-11-14",
    ])
    try shell.oneShot(["invoice", "--number", "INV-8", "--amount", "£500", "--due", "2027-01-15"])
    let run = try shell.oneShot(["interest", "--invoice", "INV-8"])
    #expect(run.status == .success, "\(run.stderr)")
    #expect(
      run.stdout.hasPrefix(
        "INV-8: fixed compensation £40.00 for this invoice (it is due once per qualifying debt, usually each invoice), plus reasonable costs of recovery.\n"
      ))
    #expect(
      run.stdout.contains(
        "  Interest: parley does not know the reference rate for 31 Dec 2026 yet, which fixes "
          + "this debt's rate; find the rate in force that day at "
          + "https://www.bankofengland.co.uk/boeapps/database/Bank-Rate.asp, then give it with "
          + "--rate PERCENT."))
    #expect(!run.stdout.contains("no statutory interest"))
    let json = try #require(
      try JSONSerialization.jsonObject(
        with: Data(try shell.oneShot(["interest", "--invoice", "INV-8", "--json"]).stdout.utf8))
        as? [String: Any])
    let first = try #require((json["invoices"] as? [[String: Any]])?.first)
    #expect((first["compensation"] as? [String: Any])?["amount"] as? String == "40.00")
    #expect(first["reference_day"] as? String == "2026-12-31")
  }

  @Test("new: a profile the user added can be chosen for a case, and is used by it")
  func newWithAUserProfile() throws {
    let shell = try ShellHarness()
    try FileManager.default.createDirectory(
      at: shell.userProfiles, withIntermediateDirectories: true)
    let generic = try #require(BuiltInProfiles.text(id: "generic"))
    let ireland =
      generic
      .replacingOccurrences(of: "\"id\": \"generic\"", with: "\"id\": \"ie\"")
      .replacingOccurrences(of: "\"name\": \"Anywhere else\"", with: "\"name\": \"Ireland\"")
    try Data(ireland.utf8).write(to: shell.userProfiles.appendingPathComponent("ie.json"))
    let made = try shell.oneShot([
      "new", "--client", "Acme Ltd", "--jurisdiction", "IE", "--invoice", "7", "--amount",
      "€400", "--issued", "2026-09-01", "--due", "2026-10-01",
    ])
    #expect(made.status == .success, "\(made.stderr)")
    let shown = try shell.oneShot(["show"])
    #expect(shown.stdout.contains("Jurisdiction: Ireland; amounts in EUR"), "\(shown.stdout)")
    let unknown = try shell.oneShot([
      "new", "--client", "Other", "--jurisdiction", "zz", "--invoice", "8", "--amount", "400",
    ])
    #expect(unknown.status != .success)
    #expect(
      unknown.stderr.contains("'zz' is not a jurisdiction parley knows; choose one of gb-ewl"))
    #expect(unknown.stderr.contains("generic, ie"))
  }

  @Test(
    "a date without a year: the latest up to today for what happened, the next for what is to come")
  func yearlessDates() throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    // Today is 29 Nov 2026.
    let paid = try shell.oneShot(["paid", "100", "--on", "1 Oct"])
    #expect(paid.stdout.contains("on 1 Oct 2026"), "\(paid.stderr)")
    let logged = try shell.oneShot([
      "log", "--channel", "email", "--out", "--on", "8 Oct", "--summary", "reminder",
    ])
    #expect(logged.stdout.contains("on 8 Oct 2026"), "\(logged.stderr)")
    let invoice = try shell.oneShot([
      "invoice", "--number", "INV-9", "--amount", "50", "--issued", "1 Dec", "--due", "20 Dec",
    ])
    #expect(invoice.status == .success, "\(invoice.stderr)")
    let promised = try shell.oneShot(["promise", "--by", "15 Dec"])
    #expect(promised.stdout.contains("by 15 Dec 2026"), "\(promised.stderr)")
    let shown = try shell.oneShot(["show"])
    #expect(shown.stdout.contains("INV-9"))
    #expect(shown.stdout.contains("20 Dec 2025"), "\(shown.stdout)")
  }

  @Test("interest: an individual gets none, with the reason")
  func interestIndividual() throws {
    let shell = try ShellHarness()
    let made = try shell.oneShot([
      "new", "--client", "Sam Jones", "--kind", "individual", "--invoice", "7", "--amount",
      "£400", "--issued", "2026-09-01", "--due", "2026-10-01",
    ])
    #expect(made.status == .success, "\(made.stderr)")
    let run = try shell.oneShot(["interest", "--rate", "4"])
    #expect(run.stdout.contains("no statutory interest"))
    #expect(run.stdout.contains("for business debts; this client is an individual"))
  }

  @Test("jurisdictions lists every profile; a user file overrides; a bad one is named")
  func jurisdictionsList() throws {
    let shell = try ShellHarness()
    let folder = shell.userProfiles
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let builtIn = Data(try #require(BuiltInProfiles.text(id: "us-tx")).utf8)
    try builtIn.write(to: folder.appendingPathComponent("us-tx.json"))
    try Data(#"{"id": "zz-bad", "name": 3}"#.utf8).write(
      to: folder.appendingPathComponent("zz-bad.json"))
    let run = try shell.oneShot(["jurisdictions"])
    #expect(run.status == .success, "\(run.stderr)")
    #expect(run.stdout.contains("gb-ewl"))
    #expect(run.stdout.contains("England & Wales"))
    let texas = try #require(run.stdout.split(separator: "\n").first { $0.hasPrefix("us-tx") })
    #expect(texas.contains("USD"))
    #expect(texas.contains("your file"))
    #expect(run.stderr.contains("zz-bad.json"))
    #expect(run.stderr.contains("Warning: jurisdiction profile skipped"))
    let listing = try shell.oneShot(["jurisdictions", "--json"]).stdout
    let json = try #require(
      (try JSONSerialization.jsonObject(with: Data(listing.utf8)) as? [String: Any])?[
        "jurisdictions"] as? [[String: Any]])
    #expect(json.first?["jurisdiction"] as? String == "gb-ewl")
    #expect(
      json.first { $0["jurisdiction"] as? String == "us-tx" }?["user_overridden"] as? Bool == true)
  }

  @Test("jurisdiction show: every fact with value, source, as-of and verification; stale marked")
  func jurisdictionShow() throws {
    let shell = try ShellHarness()
    let run = try shell.oneShot(["jurisdiction", "show", "gb-ewl"])
    #expect(run.status == .success, "\(run.stderr)")
    let text = run.stdout
    #expect(text.hasPrefix("England & Wales (gb-ewl), GBP; parley's own profile"))
    #expect(text.contains("  smallClaims.limit: £10,000.00\n    source: https://www.gov.uk/"))
    #expect(text.contains("as of 30 Apr 2026; official"))
    #expect(text.contains("! courtIssueFees: "))
    #expect(text.contains("facts to check before relying on them"))
    #expect(text.contains("not legal advice"))
    let profile = try #require(JurisdictionProfiles.load(environment: [:]).profile("gb-ewl"))
    for fact in profile.facts { #expect(text.contains("\(fact.path): \(fact.value)")) }
    let json = try #require(
      try JSONSerialization.jsonObject(
        with: Data(try shell.oneShot(["jurisdiction", "show", "gb-ewl", "--json"]).stdout.utf8))
        as? [String: Any])
    let facts = try #require(json["facts"] as? [[String: Any]])
    #expect(facts.count == profile.facts.count)
    #expect(facts.contains { $0["stale"] as? Bool == true })
  }

  @Test("jurisdiction show: an unknown id names the closest")
  func jurisdictionUnknown() throws {
    let shell = try ShellHarness()
    let run = try shell.oneShot(["jurisdiction", "show", "us-cx"])
    #expect(run.status == .failure)
    #expect(run.stderr.contains("There is no jurisdiction profile 'us-cx'. Did you mean"))
  }
}
