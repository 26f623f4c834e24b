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
    METHOD:PUBLISH
    NAME:Brontë & Søn\; Café\, Ltd — Ørestad: payment plan
    X-WR-CALNAME:Brontë & Søn\; Café\, Ltd — Ørestad: payment plan
    BEGIN:VEVENT
    UID:dd4030ad-c472-8112-a5c9-dc0b6e87ab11@parley.invalid
    DTSTAMP:20261129T100000Z
    DTSTART;VALUE=DATE:20261231
    DTEND;VALUE=DATE:20270101
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
     — Ørestad is due tomorrow
    TRIGGER:-PT15H
    END:VALARM
    END:VEVENT
    BEGIN:VEVENT
    UID:a182a265-27d8-8024-8dc3-a13c90f26ac9@parley.invalid
    DTSTAMP:20261129T100000Z
    DTSTART;VALUE=DATE:20270129
    DTEND;VALUE=DATE:20270130
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
     — Ørestad is due tomorrow
    TRIGGER:-PT15H
    END:VALARM
    END:VEVENT
    BEGIN:VEVENT
    UID:c57937c6-0643-8f4d-aac6-4ab223e32338@parley.invalid
    DTSTAMP:20261129T100000Z
    DTSTART;VALUE=DATE:20270226
    DTEND;VALUE=DATE:20270227
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
     — Ørestad is due tomorrow
    TRIGGER:-PT15H
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
          // 09:00 the day before: 15 hours before the day starts.
          .init(
            description: "\(label) (\(amounts[index])) from \(Self.client) is due tomorrow",
            triggerSeconds: -15 * 3_600)
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

  /// The UID parley gives installment `number` of the schedule set by journal
  /// entry `revision`, worked out here from the rule in ``ICSWriter`` (a
  /// name-based UUID from SHA-256 of the namespace and `plan-1@SEQ#N`), with
  /// Python's hashlib, so the test does not reuse the code it checks.
  static func revisedUID(revision: Int, number: Int) throws -> String {
    let python = try #require(IndependentICSCheck.candidatePythons.first)
    let program = """
      import hashlib, struct, sys
      ns, key = sys.argv[1].encode(), sys.argv[2].encode()
      digest = bytearray(hashlib.sha256(
          b"parley-ics-uid-v1\\x00" + struct.pack(">Q", len(ns)) + ns + key).digest()[:16])
      digest[6] = (digest[6] & 0x0F) | 0x80
      digest[8] = (digest[8] & 0x3F) | 0x80
      h = digest.hex()
      print(f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}@parley.invalid")
      """
    let result = try ParleyProcess.run(
      executable: python, arguments: ["-c", program, caseID, "plan-1@\(revision)#\(number)"],
      environment: [:], timeout: 30)
    return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// The events of an .ics file, each as its unfolded content lines, in order.
  static func events(_ ics: String) -> [[String]] {
    let lines = ics.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n")
    var events: [[String]] = []
    var current: [String]?
    for line in lines {
      if line == "BEGIN:VEVENT" {
        current = []
      } else if line == "END:VEVENT" {
        if let current { events.append(current) }
        current = nil
      } else {
        current?.append(line)
      }
    }
    return events
  }

  @Test(
    "after plan revise: the old installments withdrawn under their UIDs, the new ones published")
  func icsAfterRevise() throws {
    let sandbox = try Self.paidInPart()
    let now = Self.afterPayment
    let before = String(decoding: try Self.exportICS(sandbox, to: "before.ics"), as: UTF8.self)
    #expect(Self.uids.allSatisfy { before.contains("UID:\($0)\r\n") })

    try sandbox.succeed(
      [
        "plan", "revise", "--case", Self.caseID, "--equal", "2", "--first", "2027-02-15",
        "--reason", "their customer paid late again",
      ], at: now)
    let path = sandbox.path("after.ics")
    let result = try sandbox.succeed(
      ["plan", "export", "--case", Self.caseID, "--ics", path], at: now)
    #expect(
      result.stderr.hasPrefix("Wrote 5 calendar events, 3 of them marked cancelled, to \(path)."),
      "\(result)")
    let after = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
    let events = Self.events(after)
    #expect(events.count == 5, "two new installments and three withdrawn: \(after)")

    // The revision is journal entry 5 (new, invoice, plan agreed, paid, revised).
    let newUIDs = try (1...2).map { try Self.revisedUID(revision: 5, number: $0) }
    let published = events.prefix(2)
    for (index, event) in published.enumerated() {
      #expect(event.first == "UID:\(newUIDs[index])", "\(event)")
      #expect(event.contains("SEQUENCE:0"), "\(event)")
      #expect(!event.contains("STATUS:CANCELLED"), "\(event)")
      #expect(event.contains("TRIGGER:-PT15H"), "\(event)")
    }
    #expect(published.first?.contains("DTSTART;VALUE=DATE:20270215") == true)
    #expect(published.first?.contains("DTEND;VALUE=DATE:20270216") == true)
    #expect(
      published.first?.contains("SUMMARY:Installment 1/2 due: £300.00 from \(Self.escaped)") == true
    )
    #expect(published.last?.contains("DTSTART;VALUE=DATE:20270315") == true)

    // Every installment of the replaced schedule, paid or not, under the UID it
    // had: a calendar that imported the first file removes them.
    let withdrawn = events.dropFirst(2)
    let days = ["20261231", "20270129", "20270226"]
    for (index, event) in withdrawn.enumerated() {
      #expect(event.first == "UID:\(Self.uids[index])", "\(event)")
      #expect(event.contains("STATUS:CANCELLED"), "\(event)")
      #expect(event.contains("SEQUENCE:1"), "\(event)")
      #expect(event.contains("DTSTART;VALUE=DATE:\(days[index])"), "\(event)")
      #expect(!event.contains("BEGIN:VALARM"), "no reminder for what is not due: \(event)")
      #expect(
        event.contains(
          "DESCRIPTION:plan-1 with \(Self.escaped) was revised on 5 Jan 2027: a new schedule "
            + "replaces this installment."), "\(event)")
    }

    if IndependentICSCheck.python != nil {
      let check = try IndependentICSCheck.check(file: path, after: sandbox.path("before.ics"))
      #expect(check.status == 0, "validate_ics.py: \(check)")
    }
  }

  /// The client's name as a TEXT value escapes it.
  static let escaped = #"Brontë & Søn\; Café\, Ltd — Ørestad"#

  @Test("a cancelled plan still exports: every event withdrawn, same UIDs, a higher SEQUENCE")
  func icsAfterCancel() throws {
    let sandbox = try Self.agreedPlan()
    let first = sandbox.path("first.ics")
    _ = try Self.exportICS(sandbox, to: "first.ics")
    let now = "2026-12-10T09:00:00Z"
    try sandbox.succeed(
      ["plan", "cancel", "--case", Self.caseID, "--reason", "paid in full by transfer"], at: now)

    let path = sandbox.path("cancelled.ics")
    let result = try sandbox.succeed(
      ["plan", "export", "--case", Self.caseID, "--ics", path], at: now)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr.hasPrefix("Wrote 3 calendar events, all marked cancelled, to \(path)."),
      "\(result)")
    let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
    #expect(text.contains("\r\nMETHOD:PUBLISH\r\n"))
    let events = Self.events(text)
    #expect(events.map(\.first) == Self.uids.map { "UID:\($0)" })
    for event in events {
      #expect(event.contains("STATUS:CANCELLED"), "\(event)")
      #expect(event.contains("SEQUENCE:1"), "\(event)")
      #expect(
        event.contains(
          "DESCRIPTION:plan-1 with \(Self.escaped) was cancelled on 10 Dec 2026\\, so this "
            + "installment is no longer due."), "\(event)")
    }

    if IndependentICSCheck.python != nil {
      let expected = zip(Self.uids, ["2026-12-31", "2027-01-29", "2027-02-26"]).enumerated().map {
        index, pair in
        IndependentICSCheck.ExpectedEvent(
          uid: pair.0, date: pair.1,
          summary: "Withdrawn: installment \(index + 1)/3 (£\(index == 2 ? "333.34" : "333.33")) "
            + "from \(Self.client)",
          description: "plan-1 with \(Self.client) was cancelled on 10 Dec 2026, so this "
            + "installment is no longer due.",
          sequence: 1, cancelled: true, alarms: [])
      }
      let check = try IndependentICSCheck.check(file: path, expecting: expected, after: first)
      #expect(check.status == 0, "validate_ics.py: \(check)")
    }

    // The other formats have no schedule to show, and say why; nothing is written.
    let csv = try sandbox.run(
      [
        "plan", "export", "--case", Self.caseID, "--ics", sandbox.path("x.ics"), "--csv",
        sandbox.path("x.csv"),
      ], at: now)
    #expect(csv.status == 1, "\(csv)")
    #expect(
      csv.stderr.hasPrefix(
        "parley: plan-1 was cancelled on 10 Dec 2026, so it has no schedule to export; "
          + "--ics FILE still writes its events"), "\(csv)")
    #expect(!FileManager.default.fileExists(atPath: sandbox.path("x.ics")))
    #expect(!FileManager.default.fileExists(atPath: sandbox.path("x.csv")))
  }

  @Test("voiding a revision brings the old schedule back with a higher SEQUENCE still")
  func icsAfterVoidedRevision() throws {
    let sandbox = try Self.agreedPlan()
    let now = "2026-12-10T09:00:00Z"
    try sandbox.succeed(
      [
        "plan", "revise", "--case", Self.caseID, "--equal", "2", "--first", "2027-01-15",
        "--reason", "asked for fewer",
      ], at: now)
    let revised = sandbox.path("revised.ics")
    try sandbox.succeed(["plan", "export", "--case", Self.caseID, "--ics", revised], at: now)
    // Entry 4 is the revision.
    try sandbox.succeed(
      ["void", "4", "--case", Self.caseID, "--reason", "recorded on the wrong case"], at: now)
    let restored = sandbox.path("restored.ics")
    try sandbox.succeed(["plan", "export", "--case", Self.caseID, "--ics", restored], at: now)

    let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: restored)), as: UTF8.self)
    let events = Self.events(text)
    #expect(events.count == 5, "\(text)")
    // The agreed schedule is in force again: published, SEQUENCE 2 (the
    // revision and its void came after it), above the 1 it was withdrawn with.
    for (index, event) in events.prefix(3).enumerated() {
      #expect(event.first == "UID:\(Self.uids[index])", "\(event)")
      #expect(event.contains("SEQUENCE:2"), "\(event)")
      #expect(!event.contains("STATUS:CANCELLED"), "\(event)")
    }
    // The voided revision's two installments are withdrawn.
    let voidedUIDs = try (1...2).map { try Self.revisedUID(revision: 4, number: $0) }
    for (index, event) in events.dropFirst(3).enumerated() {
      #expect(event.first == "UID:\(voidedUIDs[index])", "\(event)")
      #expect(event.contains("STATUS:CANCELLED"), "\(event)")
      #expect(event.contains("SEQUENCE:1"), "\(event)")
    }
    if IndependentICSCheck.python != nil {
      let check = try IndependentICSCheck.check(file: restored, after: revised)
      #expect(check.status == 0, "validate_ics.py: \(check)")
    }
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
