import ParleyKit
import Testing

@testable import ParleyShell

/// The ICS writer: a byte-exact golden, the calendar's structure, and what it refuses.
@Suite("ICS writer")
struct ICSWriterTests {
  /// The fixture plan, byte for byte (each line below ends in CRLF in the file).
  static let golden = #"""
    BEGIN:VCALENDAR
    VERSION:2.0
    PRODID:-//parley//parley 0.1//EN
    CALSCALE:GREGORIAN
    NAME:Payment plan: INV-042\, ACME Ltd
    X-WR-CALNAME:Payment plan: INV-042\, ACME Ltd
    BEGIN:VEVENT
    UID:f3d2915d-a83a-8e2c-a14c-7b100c3e394f@parley.invalid
    DTSTAMP:20261129T005638Z
    DTSTART;VALUE=DATE:20261215
    SEQUENCE:1
    SUMMARY:Installment 1/3 due: INV-042\, ACME Ltd (£400.00)
    DESCRIPTION:Amount: £400.00\nPay to: sort code 12-34-56\; account 12345678
     \nThanks for agreeing this plan — it helps us both. \\o/
    TRANSP:TRANSPARENT
    BEGIN:VALARM
    ACTION:DISPLAY
    DESCRIPTION:Installment 1/3 (£400.00) is due in 3 days
    TRIGGER:-P3D
    END:VALARM
    END:VEVENT
    BEGIN:VEVENT
    UID:3f366c32-500b-8068-b4ac-45f8e5f3c980@parley.invalid
    DTSTAMP:20261129T005638Z
    DTSTART;VALUE=DATE:20270115
    SUMMARY:Installment 2/3 due: INV-042\, 株式会社アクメ (£400.00) 
     🎉 nearly there
    TRANSP:TRANSPARENT
    BEGIN:VALARM
    ACTION:DISPLAY
    DESCRIPTION:Installment 2/3 is due today
    TRIGGER:PT9H
    END:VALARM
    END:VEVENT
    BEGIN:VEVENT
    UID:a992e289-e21f-8766-b37b-8d6857e6c7b9@parley.invalid
    DTSTAMP:20261129T005638Z
    DTSTART;VALUE=DATE:20270215
    SEQUENCE:0
    SUMMARY:Installment 3/3 due: INV-042\, ACME Ltd (£400.00)\, last one
    TRANSP:OPAQUE
    BEGIN:VALARM
    ACTION:DISPLAY
    DESCRIPTION:Last installment due tomorrow
    TRIGGER:-P1D
    END:VALARM
    BEGIN:VALARM
    ACTION:DISPLAY
    DESCRIPTION:Last installment due in 12 hours
    TRIGGER:-PT12H
    END:VALARM
    END:VEVENT
    END:VCALENDAR
    """#

  @Test("the fixture plan renders byte for byte, every line ending in CRLF")
  func goldenCalendar() throws {
    let text = try ICSWriter.render(ExportFixtures.calendar)
    let expected = ICSWriterTests.golden.replacing("\n", with: "\r\n") + "\r\n"
    #expect(Array(text.utf8) == Array(expected.utf8))
  }

  @Test("every line ends in CRLF, with no bare CR or LF, and none exceeds 75 octets")
  func lineDiscipline() throws {
    let bytes = Array(try ICSWriter.render(ExportFixtures.calendar).utf8)
    #expect(bytes.suffix(2) == [13, 10])
    for (index, byte) in bytes.enumerated() {
      if byte == 13 { #expect(index + 1 < bytes.count && bytes[index + 1] == 10) }
      if byte == 10 { #expect(index > 0 && bytes[index - 1] == 13) }
    }
    let lines = bytes.split(separator: 10).map { $0.dropLast() }
    #expect(lines.allSatisfy { $0.count <= ICSWriter.maximumLineOctets })
    #expect(lines.contains { $0.count > 70 }, "the fixture should exercise folding")
  }

  @Test("an empty calendar still has VERSION, PRODID and CALSCALE, once each")
  func emptyCalendar() throws {
    let text = try ICSWriter.render(ICSCalendar(events: [], stamp: ExportFixtures.stamp))
    #expect(
      text
        == "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//parley//parley 0.1//EN\r\n"
        + "CALSCALE:GREGORIAN\r\nEND:VCALENDAR\r\n")
  }

  @Test("no METHOD is written: an export is a snapshot, not an iTIP message")
  func noMethod() throws {
    let lines = try ICSWriter.contentLines(ExportFixtures.calendar)
    #expect(!lines.contains { $0.hasPrefix("METHOD") })
    let starts = lines.filter { $0.hasPrefix("DTSTART") }
    #expect(starts.count == ExportFixtures.calendar.events.count)
  }

  @Test("DTSTAMP is the export time in UTC, whatever the user's time zone")
  func stampIsUTC() throws {
    let stamp = Timestamp(secondsSince1970: 1_782_860_400, timeZoneID: "America/New_York")
    let event = ICSEvent(uid: "a@parley.invalid", day: ExportFixtures.day(2026, 7, 1), summary: "x")
    let lines = try ICSWriter.contentLines(ICSCalendar(events: [event], stamp: stamp))
    #expect(lines.contains("DTSTAMP:20260630T230000Z"))
    #expect(lines.contains("DTSTART;VALUE=DATE:20260701"))
  }

  @Test(
    "alarm triggers are RFC 5545 durations",
    arguments: [
      (ICSAlarm.Trigger.daysBefore(3), "-P3D"),
      (.daysBefore(0), "-P0D"),
      (.daysBefore(14), "-P14D"),
      (.hoursBefore(12), "-PT12H"),
      (.hoursIntoDay(9), "PT9H"),
      (.hoursIntoDay(0), "PT0H"),
    ])
  func triggers(trigger: ICSAlarm.Trigger, expected: String) {
    #expect(trigger.value == expected)
  }

  @Test("a default alarm fires three days before")
  func defaultAlarm() {
    #expect(ICSAlarm(description: "due soon").trigger == .daysBefore(3))
  }

  @Test("an empty UID is refused")
  func emptyUID() {
    let event = ICSEvent(uid: " \t", day: ExportFixtures.day(2026, 1, 5), summary: "Pay")
    #expect(throws: ExportError.emptyUID(summary: "Pay")) {
      try ICSWriter.render(ICSCalendar(events: [event], stamp: ExportFixtures.stamp))
    }
  }

  @Test("two events with one UID are refused: a calendar would keep only one")
  func duplicateUID() {
    let first = ICSEvent(uid: "x@parley.invalid", day: ExportFixtures.day(2026, 1, 5), summary: "a")
    var second = first
    second.day = ExportFixtures.day(2026, 2, 5)
    #expect(throws: ExportError.duplicateUID("x@parley.invalid")) {
      try ICSWriter.render(ICSCalendar(events: [first, second], stamp: ExportFixtures.stamp))
    }
  }

  @Test("a negative SEQUENCE or alarm offset is refused")
  func negativeNumbers() {
    let day = ExportFixtures.day(2026, 1, 5)
    let badSequence = ICSEvent(uid: "s@parley.invalid", day: day, summary: "a", sequence: -1)
    #expect(throws: ExportError.negativeSequence(uid: "s@parley.invalid", sequence: -1)) {
      try ICSWriter.render(ICSCalendar(events: [badSequence], stamp: ExportFixtures.stamp))
    }
    let badAlarm = ICSEvent(
      uid: "t@parley.invalid", day: day, summary: "a",
      alarms: [ICSAlarm(description: "soon", trigger: .hoursBefore(-2))])
    #expect(throws: ExportError.negativeAlarmOffset(uid: "t@parley.invalid", offset: -2)) {
      try ICSWriter.render(ICSCalendar(events: [badAlarm], stamp: ExportFixtures.stamp))
    }
  }

  @Test("a revised export keeps each UID and carries the higher SEQUENCE")
  func revisedExportSupersedes() throws {
    var revised = ExportFixtures.calendar
    revised.events[0].day = ExportFixtures.day(2026, 12, 22)
    revised.events[0].sequence = 2
    let before = try ICSWriter.contentLines(ExportFixtures.calendar)
    let after = try ICSWriter.contentLines(revised)
    #expect(before.filter { $0.hasPrefix("UID:") } == after.filter { $0.hasPrefix("UID:") })
    #expect(after.contains("SEQUENCE:2"))
    #expect(after.contains("DTSTART;VALUE=DATE:20261222"))
  }
}
