import Foundation
import ParleyKit
import Testing

@testable import ParleyShell

/// parley's exports as independent parsers read them: Python's `icalendar` for
/// the .ics (validate_ics.py beside this file) and Python's `csv` module for the CSV.
///
/// Skipped, saying why, when no suitable python3 is installed; run
/// `Scripts/install-test-tools` to install Debian's python3-icalendar or PyPI's icalendar.
@Suite("Independent checks")
struct IndependentCheckTests {
  /// One event as the checker should read it back (validate_ics.py's `--expect`).
  struct ExpectedEvent: Encodable {
    struct Alarm: Encodable {
      var description: String
      var triggerSeconds: Double
    }
    var uid: String
    var date: String
    var summary: String
    var description: String?
    var sequence: Int?
    var cancelled: Bool
    var alarms: [Alarm]
  }

  /// The event as text that unescaping should give back: line breaks as LF, controls gone.
  static func readBack(_ text: String) -> String {
    var result = ""
    var afterCarriageReturn = false
    for scalar in text.unicodeScalars {
      defer { afterCarriageReturn = scalar == "\r" }
      switch scalar {
      case "\n" where afterCarriageReturn: break
      case "\r", "\n": result += "\n"
      case "\t": result.unicodeScalars.append(scalar)
      case "\u{00}"..."\u{1F}", "\u{7F}": break
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  static func expectations(_ calendar: ICSCalendar) -> [ExpectedEvent] {
    calendar.events.map { event in
      ExpectedEvent(
        uid: event.uid, date: event.day.iso, summary: readBack(event.summary),
        description: event.description.map(readBack), sequence: event.sequence,
        cancelled: event.isCancelled,
        alarms: event.alarms.map { alarm in
          .init(
            description: readBack(alarm.description), triggerSeconds: Double(alarm.trigger.seconds))
        })
    }
  }

  /// Runs validate_ics.py on `text`, with expectations when given; returns its status and report.
  ///
  /// With `earlier`, the bytes of a file exported before, it also checks that
  /// these bytes supersede it for a calendar that imported it.
  static func checkICS(
    _ bytes: [UInt8], expecting calendar: ICSCalendar? = nil, after earlier: [UInt8]? = nil
  ) throws -> (status: Int32, output: String) {
    let python = try #require(ExternalChecker.icalendarPython)
    let file = try ExternalChecker.temporaryFile(bytes: bytes, suffix: ".ics")
    defer { try? FileManager.default.removeItem(atPath: file) }
    var arguments = [ExternalChecker.icsScript]
    var earlierFile: String?
    if let earlier {
      let path = try ExternalChecker.temporaryFile(bytes: earlier, suffix: ".ics")
      earlierFile = path
      arguments += ["--after", path]
    }
    defer { if let earlierFile { try? FileManager.default.removeItem(atPath: earlierFile) } }
    var expectFile: String?
    if let calendar {
      let json = try JSONEncoder().encode(expectations(calendar))
      let path = try ExternalChecker.temporaryFile(
        String(decoding: json, as: UTF8.self), suffix: ".json")
      expectFile = path
      arguments += ["--expect", path]
    }
    defer { if let expectFile { try? FileManager.default.removeItem(atPath: expectFile) } }
    return try #require(ExternalChecker.run(python, arguments + [file]))
  }

  @Test(
    "the fixture plan passes icalendar and the raw RFC 5545 checks, and reads back as meant",
    .enabled(
      if: ExternalChecker.icalendarPython != nil,
      "SKIPPED: no python3 with the icalendar library; run Scripts/install-test-tools"))
  func fixtureCalendar() throws {
    let calendar = ExportFixtures.calendar
    let result = try IndependentCheckTests.checkICS(
      Array(try ICSWriter.render(calendar).utf8), expecting: calendar)
    #expect(result.status == 0, "\(result.output)")
    #expect(result.output.contains(": OK"), "\(result.output)")
    #expect(!result.output.contains("note:"), "the fixture reads back exactly: \(result.output)")
  }

  @Test(
    "300 events of random hostile text pass and read back exactly",
    .enabled(
      if: ExternalChecker.icalendarPython != nil,
      "SKIPPED: no python3 with the icalendar library; run Scripts/install-test-tools"))
  func randomCalendar() throws {
    let alphabet: [Unicode.Scalar] = [
      "a", "Z", "0", " ", ",", ";", ":", "\\", "n", "\"", "'", "=", "\n", "\r", "\t", "\u{07}",
      "£", "€", "é", "\u{301}", "株", "ア", "😀", "🎉", "\u{200D}", "🇬", "🇧",
    ]
    var generator = ExportTestRandom(seed: 2026)
    func randomText(_ maximum: UInt64) -> String {
      var text = "x"  // never empty, never only whitespace
      for _ in 0..<Int(generator.next() % maximum) {
        text.unicodeScalars.append(alphabet[Int(generator.next() % UInt64(alphabet.count))])
      }
      return text
    }
    var events: [ICSEvent] = []
    var day = ExportFixtures.day(2026, 12, 1)
    for index in 0..<300 {
      day = day.adding(days: 1 + Int(generator.next() % 40))
      events.append(
        ICSEvent(
          uid: ICSWriter.stableUID(namespace: "case-random", key: "installment-\(index)"),
          day: day, summary: randomText(120),
          description: index % 3 == 0 ? nil : randomText(400),
          sequence: index % 4 == 0 ? nil : Int(generator.next() % 5),
          alarms: [
            ICSAlarm(description: randomText(90), trigger: .daysBefore(Int(generator.next() % 8))),
            ICSAlarm(description: randomText(40)),
          ],
          isCancelled: index % 5 == 0))
    }
    let calendar = ICSCalendar(events: events, stamp: ExportFixtures.stamp, name: randomText(100))
    let result = try IndependentCheckTests.checkICS(
      Array(try ICSWriter.render(calendar).utf8), expecting: calendar)
    #expect(result.status == 0, "\(result.output)")
  }

  @Test(
    "the checker is not a rubber stamp: it rejects bare LF, long lines and split UTF-8",
    .enabled(
      if: ExternalChecker.icalendarPython != nil,
      "SKIPPED: no python3 with the icalendar library; run Scripts/install-test-tools"))
  func checkerRejectsDefects() throws {
    let good = try ICSWriter.render(ExportFixtures.calendar)
    let bareLF = good.replacing("\r\n", with: "\n")
    let unfolded = try ICSWriter.contentLines(ExportFixtures.calendar).map { $0 + "\r\n" }.joined()
    // Move the fold in "(£400.00)" one octet left, splitting the £ (C2 A3).
    let splitBytes = Array(
      try ICSWriter.render(
        ICSCalendar(
          events: [
            ICSEvent(
              uid: "u@parley.invalid", day: ExportFixtures.day(2027, 1, 1),
              summary: String(repeating: "a", count: 66) + "£")
          ], stamp: ExportFixtures.stamp)
      ).utf8)
    var split: [UInt8] = []
    for (index, byte) in splitBytes.enumerated() {
      split.append(byte)
      if byte == 0xC2, index + 1 < splitBytes.count, splitBytes[index + 1] == 0xA3 {
        split += [13, 10, 32]
      }
    }
    let noMethod = good.replacing("METHOD:PUBLISH\r\n", with: "")
    let noEnd = good.replacing("DTEND;VALUE=DATE:20261216\r\n", with: "")
    let sameDayEnd = good.replacing(
      "DTEND;VALUE=DATE:20261216\r\n", with: "DTEND;VALUE=DATE:20261215\r\n")
    let cases = [
      ("bare LF", Array(bareLF.utf8), "bare LF"),
      ("unfolded", Array(unfolded.utf8), "octets > 75"),
      ("split UTF-8", split, "splits a UTF-8 sequence"),
      ("no METHOD", Array(noMethod.utf8), "not PUBLISH"),
      ("no DTEND", Array(noEnd.utf8), "no DTEND"),
      ("DTEND on the same day", Array(sameDayEnd.utf8), "not the next day"),
    ]
    for (name, bytes, message) in cases {
      let result = try IndependentCheckTests.checkICS(bytes)
      #expect(result.status == 1, "\(name): \(result.output)")
      #expect(result.output.contains(message), "\(name): \(result.output)")
    }
  }

  @Test(
    "a later export supersedes an earlier one only with the same UIDs and a higher SEQUENCE",
    .enabled(
      if: ExternalChecker.icalendarPython != nil,
      "SKIPPED: no python3 with the icalendar library; run Scripts/install-test-tools"))
  func checkerJudgesSuccession() throws {
    let earlier = ExportFixtures.calendar
    let before = Array(try ICSWriter.render(earlier).utf8)
    var later = earlier
    later.stamp = Timestamp(secondsSince1970: 1_796_000_000, timeZoneID: "Europe/London")

    // Withdrawn the right way: same UID, STATUS:CANCELLED, a higher SEQUENCE.
    var withdrawn = later
    withdrawn.events[1].isCancelled = true
    withdrawn.events[1].sequence = 1
    let good = try IndependentCheckTests.checkICS(
      Array(try ICSWriter.render(withdrawn).utf8), expecting: withdrawn, after: before)
    #expect(good.status == 0, "\(good.output)")

    // The same, but SEQUENCE not raised: a calendar would keep the event.
    var unraised = later
    unraised.events[0].isCancelled = true
    let stale = try IndependentCheckTests.checkICS(
      Array(try ICSWriter.render(unraised).utf8), after: before)
    #expect(stale.status == 1, "\(stale.output)")
    #expect(stale.output.contains("STATUS changed but SEQUENCE stayed 1"), "\(stale.output)")

    // An event left out: a calendar that imported it keeps it.
    var forgotten = later
    forgotten.events.removeLast()
    let missing = try IndependentCheckTests.checkICS(
      Array(try ICSWriter.render(forgotten).utf8), after: before)
    #expect(missing.status == 1, "\(missing.output)")
    #expect(missing.output.contains("not in this one"), "\(missing.output)")
  }

  /// What the CSV checker should read back, and which columns hold text and numbers.
  struct CSVExpectation: Encodable {
    var rows: [[String]]
    var textColumns: [Int]
    var numberColumns: [Int]
  }

  /// A Python program that reads a CSV strictly and checks it against expected cells.
  static let csvChecker = #"""
    import csv, json, re, sys
    path, expected_path = sys.argv[1], sys.argv[2]
    expected = json.load(open(expected_path, encoding="utf-8"))
    raw = open(path, "rb").read()
    problems = []
    records = raw.split(b"\r\n")
    if records[-1] != b"":
        problems.append("does not end with CRLF")
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle, strict=True))
    header = rows[0]
    if rows != expected["rows"]:
        problems.append(f"rows read back as {rows!r}")
    for number, row in enumerate(rows, 1):
        if len(row) != len(header):
            problems.append(f"row {number}: {len(row)} fields, header has {len(header)}")
    for number, row in enumerate(rows[1:], 2):
        for column in expected["textColumns"]:
            if row[column][:1] in ("=", "+", "-", "@", "\t", "\r"):
                problems.append(f"row {number}: text cell {row[column]!r} starts a formula")
        for column in expected["numberColumns"]:
            if not re.fullmatch(r"-?[0-9]+(\.[0-9]+)?", row[column]):
                problems.append(f"row {number}: {row[column]!r} is not a number")
            else:
                float(row[column])
    print("\n".join(problems) or "OK")
    sys.exit(1 if problems else 0)
    """#

  @Test(
    "the CSV parses strictly with Python's csv module: widths, values, no live formulas",
    .enabled(
      if: ExternalChecker.anyPython != nil,
      "SKIPPED: no python3 found ($PARLEY_PYTHON, else PATH and /usr/bin/python3)"))
  func csvReadsBack() throws {
    let python = try #require(ExternalChecker.anyPython)
    var rows = CSVWriterTests.rows
    var generator = ExportTestRandom(seed: 4180)
    let alphabet: [Unicode.Scalar] = [
      "a", " ", ",", "\"", "\r", "\n", "=", "+", "-", "@", "\t", "'", "£", "😀", "\u{301}",
    ]
    for index in 5...200 {
      var text = ""
      for _ in 0..<Int(generator.next() % 12) {
        text.unicodeScalars.append(alphabet[Int(generator.next() % UInt64(alphabet.count))])
      }
      let amount =
        "\(generator.next() % 2 == 0 ? "-" : "")\(generator.next() % 100_000).\(10 + generator.next() % 90)"
      rows.append([
        .number("\(index)"), .date(ExportFixtures.day(2027, 1, 1).adding(days: index)),
        .number(amount), .text("GBP"), .text(text), .text(String(text.reversed())),
      ])
    }
    let document = try CSVWriter.render(header: CSVWriterTests.header, rows: rows)
    func expectedValue(_ cell: CSVCell) -> String {
      switch cell {
      case .number(let value): return value
      case .date(let day): return day.iso
      case .text(let value):
        let first = value.unicodeScalars.first
        return ["=", "+", "-", "@", "\t", "\r"].contains(first) ? "'" + value : value
      }
    }
    let expected = CSVExpectation(
      rows: [CSVWriterTests.header] + rows.map { $0.map(expectedValue) },
      textColumns: [3, 4, 5], numberColumns: [0, 2])
    let expectedFile = try ExternalChecker.temporaryFile(
      String(decoding: try JSONEncoder().encode(expected), as: UTF8.self), suffix: ".json")
    let csvFile = try ExternalChecker.temporaryFile(document, suffix: ".csv")
    defer {
      try? FileManager.default.removeItem(atPath: expectedFile)
      try? FileManager.default.removeItem(atPath: csvFile)
    }
    let result = try #require(
      ExternalChecker.run(python, ["-c", IndependentCheckTests.csvChecker, csvFile, expectedFile]))
    #expect(result.status == 0, "\(result.output)")
    #expect(result.output == "OK\n", "\(result.output)")
  }
}
