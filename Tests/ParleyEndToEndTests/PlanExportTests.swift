import Foundation
import Testing

/// `plan export` as files and output another program reads: an iCalendar file,
/// a CSV, a table for an email and JSON, pinned byte for byte, from a fixed
/// agreed plan and a fixed clock.
///
/// The client's name is chosen to exercise the rules: `;` and `,` (TEXT
/// escaping in the .ics, quoting in the CSV), letters outside ASCII (folding
/// without splitting a UTF-8 sequence), and the invoice number has a comma.
@Suite("Plans: exports")
struct PlanExportTests {
  static let client = "Brontë & Søn; Café, Ltd — Ørestad"
  static let caseID = "bronte-son-cafe-ltd-orestad"

  /// £1,000 owed, agreed on 29 Nov 2026 as three equal monthly installments
  /// from 31 Dec 2026: 31 Jan and 28 Feb 2027 fall on Sundays whose Mondays are in the
  /// next month, so Fridays 29 Jan and 26 Feb: one installment in each month.
  static func agreedPlan() throws -> ParleySandbox {
    let sandbox = try ParleySandbox()
    try sandbox.succeed([
      "new", "--client", client, "--invoice", "INV-7,B", "--amount", "£1,000",
      "--issued", "2026-09-01", "--due", "2026-10-01",
    ])
    try sandbox.succeed([
      "plan", "custom", "--case", caseID, "--equal", "3", "--every", "month",
      "--first", "2026-12-31", "--agree",
    ])
    return sandbox
  }

  /// The agreed plan with £400 paid on 31 Dec 2026, as it stands on 5 Jan 2027:
  /// the first paid, £66.67 toward the second, nothing yet toward the third.
  static let afterPayment = "2027-01-05T10:00:00Z"
  static func paidInPart() throws -> ParleySandbox {
    let sandbox = try agreedPlan()
    try sandbox.succeed(
      ["paid", "£400", "--case", caseID, "--on", "2026-12-31"], at: afterPayment)
    return sandbox
  }

  /// `text` with every LF made CRLF: the goldens are written with LF.
  static func crlf(_ text: String) -> String {
    text.replacingOccurrences(of: "\n", with: "\r\n")
  }

  // MARK: - iCalendar

  /// The UIDs of installments 1, 2 and 3 of plan-1 on this case.
  static let uids = [
    "dd4030ad-c472-8112-a5c9-dc0b6e87ab11@parley.invalid",
    "a182a265-27d8-8024-8dc3-a13c90f26ac9@parley.invalid",
    "c57937c6-0643-8f4d-aac6-4ab223e32338@parley.invalid",
  ]

  /// `plan export --ics` of the agreed plan on 29 Nov 2026, with LF for CRLF.
  static let icsGolden = #"""
    BEGIN:VCALENDAR
    VERSION:2.0
    PRODID:-//parley//parley 0.1//EN
    CALSCALE:GREGORIAN
    NAME:Brontë & Søn\; Café\, Ltd — Ørestad: payment plan
    X-WR-CALNAME:Brontë & Søn\; Café\, Ltd — Ørestad: payment plan
    BEGIN:VEVENT
    UID:dd4030ad-c472-8112-a5c9-dc0b6e87ab11@parley.invalid
    DTSTAMP:20261129T100000Z
    DTSTART;VALUE=DATE:20261231
    SEQUENCE:0
    SUMMARY:Installment 1/3 due: £333.33 from Brontë & Søn\; Café\, Ltd —
      Ørestad
    DESCRIPTION:plan-1 agreed 29 Nov 2026 with Brontë & Søn\; Café\, Ltd —
      Ørestad for invoices INV-7\,B. Recorded in parley\; check it arrived and
      record it with 'paid'.
    TRANSP:TRANSPARENT
    BEGIN:VALARM
    ACTION:DISPLAY
    DESCRIPTION:Installment 1/3 (£333.33) from Brontë & Søn\; Café\, Ltd\#u{20}
     — Ørestad is due in 3 days
    TRIGGER:-P3D
    END:VALARM
    END:VEVENT
    BEGIN:VEVENT
    UID:a182a265-27d8-8024-8dc3-a13c90f26ac9@parley.invalid
    DTSTAMP:20261129T100000Z
    DTSTART;VALUE=DATE:20270129
    SEQUENCE:0
    SUMMARY:Installment 2/3 due: £333.33 from Brontë & Søn\; Café\, Ltd —
      Ørestad
    DESCRIPTION:plan-1 agreed 29 Nov 2026 with Brontë & Søn\; Café\, Ltd —
      Ørestad for invoices INV-7\,B. Recorded in parley\; check it arrived and
      record it with 'paid'.
    TRANSP:TRANSPARENT
    BEGIN:VALARM
    ACTION:DISPLAY
    DESCRIPTION:Installment 2/3 (£333.33) from Brontë & Søn\; Café\, Ltd\#u{20}
     — Ørestad is due in 3 days
    TRIGGER:-P3D
    END:VALARM
    END:VEVENT
    BEGIN:VEVENT
    UID:c57937c6-0643-8f4d-aac6-4ab223e32338@parley.invalid
    DTSTAMP:20261129T100000Z
    DTSTART;VALUE=DATE:20270226
    SEQUENCE:0
    SUMMARY:Installment 3/3 due: £333.34 from Brontë & Søn\; Café\, Ltd —
      Ørestad
    DESCRIPTION:plan-1 agreed 29 Nov 2026 with Brontë & Søn\; Café\, Ltd —
      Ørestad for invoices INV-7\,B. Recorded in parley\; check it arrived and
      record it with 'paid'.
    TRANSP:TRANSPARENT
    BEGIN:VALARM
    ACTION:DISPLAY
    DESCRIPTION:Installment 3/3 (£333.34) from Brontë & Søn\; Café\, Ltd\#u{20}
     — Ørestad is due in 3 days
    TRIGGER:-P3D
    END:VALARM
    END:VEVENT
    END:VCALENDAR

    """#

  /// Exports the plan as .ics to `name` in the sandbox at `now`; returns the file's bytes.
  static func exportICS(
    _ sandbox: ParleySandbox, to name: String, at now: String = ParleySandbox.now
  ) throws -> Data {
    let path = sandbox.path(name)
    let result = try sandbox.succeed(
      ["plan", "export", "--case", caseID, "--ics", path], at: now)
    #expect(result.stdout.isEmpty, "\(result)")
    return try Data(contentsOf: URL(fileURLWithPath: path))
  }

  @Test("plan export --ics: byte-exact golden, CRLF, folded at 75 octets without splitting UTF-8")
  func icsGoldenFile() throws {
    let sandbox = try Self.agreedPlan()
    let path = sandbox.path("plan.ics")
    let result = try sandbox.succeed(["plan", "export", "--case", Self.caseID, "--ics", path])
    #expect(result.stdout.isEmpty)
    #expect(result.stderr == "Wrote 3 calendar events to \(path).\n")
    let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect(String(decoding: bytes, as: UTF8.self) == Self.crlf(Self.icsGolden))
    #expect(bytes == Data(Self.crlf(Self.icsGolden).utf8))

    // The raw rules, independently of the golden.
    let lines = Array(bytes).split(separator: 0x0A, omittingEmptySubsequences: false)
    #expect(lines.last?.isEmpty == true, "ends with CRLF")
    for line in lines.dropLast() {
      #expect(line.last == 0x0D, "LF without CR: \(String(decoding: line, as: UTF8.self))")
      let content = line.dropLast()
      #expect(content.count <= 75, "over 75 octets: \(String(decoding: content, as: UTF8.self))")
      #expect(!content.contains(0x0D), "a bare CR")
      // A continuation never starts inside a UTF-8 sequence (10xxxxxx after the fold's space).
      if content.first == 0x20, content.count > 1 {
        #expect(content[content.startIndex + 1] & 0xC0 != 0x80, "a fold splits a UTF-8 sequence")
      }
      #expect(
        String(validating: content, as: UTF8.self) != nil,
        "a line that is not UTF-8 on its own: a fold split a character")
    }
  }

  @Test(
    "the .ics passes the independent checker (Python icalendar) and reads back as written",
    .enabled(if: IndependentICSCheck.python != nil, "\(IndependentICSCheck.skipMessage)"))
  func icsIndependentCheck() throws {
    let sandbox = try Self.agreedPlan()
    let path = sandbox.path("plan.ics")
    try sandbox.succeed(["plan", "export", "--case", Self.caseID, "--ics", path])
    let amounts = ["£333.33", "£333.33", "£333.34"]
    let days = ["2026-12-31", "2027-01-29", "2027-02-26"]
    let events = (0..<3).map { index in
      let label = "Installment \(index + 1)/3"
      return IndependentICSCheck.ExpectedEvent(
        uid: Self.uids[index], date: days[index],
        summary: "\(label) due: \(amounts[index]) from \(Self.client)",
        description: "plan-1 agreed 29 Nov 2026 with \(Self.client) for invoices INV-7,B. "
          + "Recorded in parley; check it arrived and record it with 'paid'.",
        sequence: 0,
        alarms: [
          .init(
            description: "\(label) (\(amounts[index])) from \(Self.client) is due in 3 days",
            triggerSeconds: -3 * 86_400)
        ])
    }
    let check = try IndependentICSCheck.check(file: path, expecting: events)
    #expect(!check.timedOut)
    #expect(check.status == 0, "validate_ics.py: \(check)")
    #expect(check.stdout.contains("OK"), "\(check)")
  }

  @Test("UIDs are stable: the same export twice is the same bytes; later, only DTSTAMP moves")
  func icsStableAcrossExports() throws {
    let sandbox = try Self.agreedPlan()
    let first = try Self.exportICS(sandbox, to: "first.ics")
    let second = try Self.exportICS(sandbox, to: "second.ics")
    #expect(first == second)

    let later = try Self.exportICS(sandbox, to: "later.ics", at: "2026-12-20T08:30:00Z")
    let expected = Self.crlf(Self.icsGolden)
      .replacingOccurrences(of: "DTSTAMP:20261129T100000Z", with: "DTSTAMP:20261220T083000Z")
    #expect(String(decoding: later, as: UTF8.self) == expected)
  }

  @Test("after plan revise: the same UIDs for the same installment numbers, with SEQUENCE:1")
  func icsAfterRevise() throws {
    let sandbox = try Self.paidInPart()
    let before = String(decoding: try Self.exportICS(sandbox, to: "before.ics"), as: UTF8.self)
    #expect(Self.uids.allSatisfy { before.contains("UID:\($0)\r\n") })

    let now = Self.afterPayment
    try sandbox.succeed(
      [
        "plan", "revise", "--case", Self.caseID, "--equal", "2", "--first", "2027-02-15",
        "--reason", "their customer paid late again",
      ], at: now)
    let after = String(
      decoding: try Self.exportICS(sandbox, to: "after.ics", at: now), as: UTF8.self)
    let all = after.components(separatedBy: "BEGIN:VEVENT\r\n").dropFirst()
    #expect(all.count == 3, "two installments and the withdrawn third: \(after)")
    let events = all.prefix(2)
    for (index, event) in events.enumerated() {
      #expect(
        event.hasPrefix("UID:\(Self.uids[index])\r\nDTSTAMP:20270105T100000Z\r\n"), "\(event)")
      #expect(event.contains("\r\nSEQUENCE:1\r\n"), "\(event)")
    }
    #expect(events.first?.contains("DTSTART;VALUE=DATE:20270215\r\n") == true)
    #expect(events.first?.contains("SUMMARY:Installment 1/2 due: £300.00 from ") == true)
    #expect(events.last?.contains("DTSTART;VALUE=DATE:20270315\r\n") == true)
    #expect(!after.contains("SEQUENCE:0"))

    if IndependentICSCheck.python != nil {
      let check = try IndependentICSCheck.check(file: sandbox.path("after.ics"))
      #expect(check.status == 0, "validate_ics.py: \(check)")
    }

    // Installment 3 is gone from the revised plan, but a calendar that imported
    // the first file still holds it: a re-export has to cancel it, not forget it.
    #expect(after.contains("UID:\(Self.uids[2])\r\n"), "\(after)")
    #expect(all.last?.contains("STATUS:CANCELLED\r\n") == true, "\(after)")
  }

  // MARK: - CSV

  /// `plan export --csv` of the plan with £400 paid, on 5 Jan 2027, with LF for CRLF.
  static let csvGolden = """
    case,client,plan,installment,due,amount,currency,paid,status
    bronte-son-cafe-ltd-orestad,"Brontë & Søn; Café, Ltd — Ørestad",plan-1,1,\
    2026-12-31,333.33,GBP,333.33,paid
    bronte-son-cafe-ltd-orestad,"Brontë & Søn; Café, Ltd — Ørestad",plan-1,2,\
    2027-01-29,333.33,GBP,66.67,part-paid
    bronte-son-cafe-ltd-orestad,"Brontë & Søn; Café, Ltd — Ørestad",plan-1,3,\
    2027-02-26,333.34,GBP,0.00,upcoming

    """

  @Test("plan export --csv: byte-exact golden (RFC 4180, CRLF), amounts numeric")
  func csvGoldenFile() throws {
    let sandbox = try Self.paidInPart()
    let path = sandbox.path("plan.csv")
    let result = try sandbox.succeed(
      ["plan", "export", "--case", Self.caseID, "--csv", path], at: Self.afterPayment)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr == "Wrote 3 rows to \(path).\n")
    let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect(String(decoding: bytes, as: UTF8.self) == Self.crlf(Self.csvGolden))
    #expect(bytes == Data(Self.crlf(Self.csvGolden).utf8))

    // Amounts are bare decimals a spreadsheet sums: never quoted, never with a symbol.
    let rows = String(decoding: bytes, as: UTF8.self).components(separatedBy: "\r\n").dropFirst()
      .filter { !$0.isEmpty }
    for row in rows {
      let cells = row.split(separator: ",", omittingEmptySubsequences: false).suffix(4)
      let amount = cells[cells.startIndex]
      let paid = cells[cells.startIndex + 2]
      #expect(amount.wholeMatch(of: /[0-9]+\.[0-9]{2}/) != nil, "\(row)")
      #expect(paid.wholeMatch(of: /[0-9]+\.[0-9]{2}/) != nil, "\(row)")
    }
  }

  @Test("a client's name that a spreadsheet would run as a formula is neutralised in the CSV")
  func csvNeutralisesFormulas() throws {
    let sandbox = try ParleySandbox()
    try sandbox.succeed([
      "new", "--client", "=HYPERLINK(1)", "--invoice", "INV-9", "--amount", "£900",
      "--issued", "2026-09-01", "--due", "2026-10-01",
    ])
    try sandbox.succeed([
      "plan", "custom", "--case", "hyperlink-1", "--equal", "3", "--first", "2026-12-15", "--agree",
    ])
    let path = sandbox.path("formula.csv")
    try sandbox.succeed(["plan", "export", "--case", "hyperlink-1", "--csv", path])
    let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
    #expect(
      text
        == Self.crlf(
          """
          case,client,plan,installment,due,amount,currency,paid,status
          hyperlink-1,'=HYPERLINK(1),plan-1,1,2026-12-15,300.00,GBP,0.00,upcoming
          hyperlink-1,'=HYPERLINK(1),plan-1,2,2027-01-15,300.00,GBP,0.00,upcoming
          hyperlink-1,'=HYPERLINK(1),plan-1,3,2027-02-15,300.00,GBP,0.00,upcoming

          """))
    // No cell anywhere starts a formula; the amounts stay plain numbers.
    for row in text.components(separatedBy: "\r\n") where !row.isEmpty {
      for cell in row.split(separator: ",", omittingEmptySubsequences: false) {
        #expect(cell.first.map { !"=+-@".contains($0) } ?? true, "\(row)")
      }
    }
  }

  // MARK: - Text and JSON

  /// `plan export --text` of the plan with £400 paid, on 5 Jan 2027.
  static let textGolden = """
    Installment  Due             Amount     Paid
    -----------  -----------  ---------  -------
              1  31 Dec 2026    £333.33  £333.33
              2  29 Jan 2027    £333.33   £66.67
              3  26 Feb 2027    £333.34    £0.00
    -----------  -----------  ---------  -------
    Total                     £1,000.00  £400.00

    """

  @Test("plan export --text: the table to paste into an email")
  func textGoldenTable() throws {
    let sandbox = try Self.paidInPart()
    let result = try sandbox.succeed(
      ["plan", "export", "--case", Self.caseID, "--text"], at: Self.afterPayment)
    #expect(result.stderr.isEmpty)
    #expect(result.stdout.hasPrefix(Self.textGolden), "\(result)")
    #expect(result.stdout == Self.textGolden, "\(result)")

  }

  @Test("plan export --json: the plan, its installments and where each stands")
  func jsonExport() throws {
    let sandbox = try Self.paidInPart()
    let result = try sandbox.succeed(
      ["plan", "export", "--case", Self.caseID, "--json"], at: Self.afterPayment)
    #expect(result.stderr.isEmpty)
    let json = try parseJSON(result.stdout)
    expectSnakeCaseKeys(json)
    let plan = try #require(json as? [String: Any])
    #expect(plan["plan_id"] as? String == "plan-1")
    #expect(plan["agreed_on"] as? String == "2026-11-29")
    #expect(plan["today"] as? String == "2027-01-05")
    #expect(plan["revisions"] as? Int == 0)
    #expect(plan["next_step"] as? String == "none")
    #expect(minorUnits(plan["scheduled"]) == 1_000_00)
    #expect(minorUnits(plan["paid"]) == 400_00)
    #expect(minorUnits(plan["remaining"]) == 600_00)
    #expect(money(plan["scheduled"])?["currency"] == "GBP")
    let rows = try planInstallments(plan)
    #expect(rows.map { $0["number"] as? Int } == [1, 2, 3])
    #expect(rows.map { $0["due"] as? String } == ["2026-12-31", "2027-01-29", "2027-02-26"])
    #expect(rows.map { minorUnits($0["amount"]) } == [333_33, 333_33, 333_34])
    #expect(rows.map { minorUnits($0["paid"]) } == [333_33, 66_67, 0])
    #expect(rows.map { $0["status"] as? String } == ["paid", "part_paid", "upcoming"])
    #expect(rows.compactMap { minorUnits($0["amount"]) }.reduce(0, +) == 1_000_00)

    // The same as plan show --json.
    let show = try sandbox.succeed(
      ["plan", "show", "--case", Self.caseID, "--json"], at: Self.afterPayment)
    #expect(show.stdout == result.stdout)
  }

  @Test("plan export with no format is a usage error; an unwritable path is refused")
  func exportRefusals() throws {
    let sandbox = try Self.agreedPlan()
    let before = try sandbox.journal(Self.caseID)
    let none = try sandbox.run(["plan", "export", "--case", Self.caseID])
    #expect(none.status == 2, "\(none)")
    #expect(
      none.stderr.hasPrefix("parley: say which format: --ics FILE, --csv FILE, --text or --json\n"))
    let missingFolder = sandbox.path("no-such-folder/plan.ics")
    let unwritable = try sandbox.run([
      "plan", "export", "--case", Self.caseID, "--ics", missingFolder,
    ])
    #expect(unwritable.status == 1, "\(unwritable)")
    #expect(
      unwritable.stderr.hasPrefix("parley: could not write \(missingFolder): "), "\(unwritable)")
    #expect(!FileManager.default.fileExists(atPath: missingFolder))
    #expect(try sandbox.journal(Self.caseID) == before)
  }
}
