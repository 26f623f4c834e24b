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
    METHOD:PUBLISH
    NAME:Payment plan: INV-042\, ACME Ltd
    X-WR-CALNAME:Payment plan: INV-042\, ACME Ltd
    BEGIN:VEVENT
    UID:f3d2915d-a83a-8e2c-a14c-7b100c3e394f@parley.invalid
    DTSTAMP:20261129T005638Z
    DTSTART;VALUE=DATE:20261215
    DTEND;VALUE=DATE:20261216
    SEQUENCE:1
    SUMMARY:Installment 1/3 due: INV-042\, ACME Ltd (£400.00)
    DESCRIPTION:Amount: £400.00\nPay to: sort code 12-34-56\; account 12345678
     \nThanks for agreeing this plan — it helps us both. \\o/
    TRANSP:TRANSPARENT
    BEGIN:VALARM
    ACTION:DISPLAY
    DESCRIPTION:Installment 1/3 (£400.00) is due tomorrow
    TRIGGER:-PT15H
    END:VALARM
    END:VEVENT
    BEGIN:VEVENT
    UID:3f366c32-500b-8068-b4ac-45f8e5f3c980@parley.invalid
    DTSTAMP:20261129T005638Z
    DTSTART;VALUE=DATE:20270115
    DTEND;VALUE=DATE:20270116
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
    DTEND;VALUE=DATE:20270216
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
    BEGIN:VEVENT
    UID:32b0b71b-2fe5-8c74-8cc7-c67844bed59e@parley.invalid
    DTSTAMP:20261129T005638Z
    DTSTART;VALUE=DATE:20270315
    DTEND;VALUE=DATE:20270316
    SEQUENCE:2
    SUMMARY:Withdrawn: installment 4/4 (£300.00)
    DESCRIPTION:The plan was revised: a new schedule replaces this installment.
    STATUS:CANCELLED
    TRANSP:TRANSPARENT
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

  @Test("one event, pinned: all day with its end the next day, a reminder at 09:00 the day before")
  func oneEvent() throws {
    let event = ICSEvent(
      uid: "one@parley.invalid", day: ExportFixtures.day(2027, 2, 28),
      summary: "Installment 2/2 due: £250.00 from Acme Ltd", sequence: 0,
      alarms: [ICSAlarm(description: "Installment 2/2 (£250.00) from Acme Ltd is due tomorrow")])
    let text = try ICSWriter.render(ICSCalendar(events: [event], stamp: ExportFixtures.stamp))
    #expect(
      text == """
        BEGIN:VCALENDAR\r
        VERSION:2.0\r
        PRODID:-//parley//parley 0.1//EN\r
        CALSCALE:GREGORIAN\r
        METHOD:PUBLISH\r
        BEGIN:VEVENT\r
        UID:one@parley.invalid\r
        DTSTAMP:20261129T005638Z\r
        DTSTART;VALUE=DATE:20270228\r
        DTEND;VALUE=DATE:20270301\r
        SEQUENCE:0\r
        SUMMARY:Installment 2/2 due: £250.00 from Acme Ltd\r
        TRANSP:TRANSPARENT\r
        BEGIN:VALARM\r
        ACTION:DISPLAY\r
        DESCRIPTION:Installment 2/2 (£250.00) from Acme Ltd is due tomorrow\r
        TRIGGER:-PT15H\r
        END:VALARM\r
        END:VEVENT\r
        END:VCALENDAR\r

        """)
  }

  @Test("an empty calendar still has VERSION, PRODID, CALSCALE and METHOD, once each")
  func emptyCalendar() throws {
    let text = try ICSWriter.render(ICSCalendar(events: [], stamp: ExportFixtures.stamp))
    #expect(
      text
        == "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//parley//parley 0.1//EN\r\n"
        + "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n")
  }

  @Test("METHOD:PUBLISH once, and every event has both DTSTART and DTEND")
  func methodAndEnds() throws {
    let lines = try ICSWriter.contentLines(ExportFixtures.calendar)
    #expect(lines.filter { $0.hasPrefix("METHOD") } == ["METHOD:PUBLISH"])
    let events = ExportFixtures.calendar.events.count
    #expect(lines.filter { $0.hasPrefix("DTSTART;VALUE=DATE:") }.count == events)
    #expect(lines.filter { $0.hasPrefix("DTEND;VALUE=DATE:") }.count == events)
  }

  @Test(
    "an all-day event ends the next day, across months, years and 29 February",
    arguments: [
      ((2027, 1, 31), "20270201"), ((2026, 12, 31), "20270101"), ((2028, 2, 28), "20280229"),
      ((2028, 2, 29), "20280301"), ((2027, 2, 28), "20270301"), ((1999, 12, 31), "20000101"),
    ])
  func endIsNextDay(start: (Int, Int, Int), end: String) throws {
    let day = ExportFixtures.day(start.0, start.1, start.2)
    let event = ICSEvent(uid: "e@parley.invalid", day: day, summary: "x")
    let lines = try ICSWriter.contentLines(
      ICSCalendar(events: [event], stamp: ExportFixtures.stamp))
    #expect(lines.contains("DTEND;VALUE=DATE:" + end))
  }

  @Test("an event on the last day the calendar knows is refused: its end cannot be written")
  func lastDay() throws {
    let last = ExportFixtures.day(9999, 12, 31)
    let event = ICSEvent(uid: "z@parley.invalid", day: last, summary: "x")
    #expect(throws: ExportError.noFollowingDay(uid: "z@parley.invalid", day: last)) {
      try ICSWriter.render(ICSCalendar(events: [event], stamp: ExportFixtures.stamp))
    }
    let dayBefore = ICSEvent(
      uid: "y@parley.invalid", day: ExportFixtures.day(9999, 12, 30), summary: "x")
    let lines = try ICSWriter.contentLines(
      ICSCalendar(events: [dayBefore], stamp: ExportFixtures.stamp))
    #expect(lines.contains("DTEND;VALUE=DATE:99991231"))
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
      (.nineTheDayBefore, "-PT15H"),
    ])
  func triggers(trigger: ICSAlarm.Trigger, expected: String) {
    #expect(trigger.value == expected)
  }

  @Test("a default alarm fires at 09:00 the day before: 15 hours before the day starts")
  func defaultAlarm() {
    let alarm = ICSAlarm(description: "due tomorrow")
    #expect(alarm.trigger == .nineTheDayBefore)
    #expect(alarm.trigger.value == "-PT15H")
    #expect(24 * 3_600 + alarm.trigger.seconds == 9 * 3_600)
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

  @Test("a withdrawn event keeps its UID and says STATUS:CANCELLED with its higher SEQUENCE")
  func withdrawnEvent() throws {
    var withdrawn = ExportFixtures.calendar
    withdrawn.events[0].isCancelled = true
    withdrawn.events[0].sequence = 2
    withdrawn.events[0].alarms = []
    let lines = try ICSWriter.contentLines(withdrawn)
    let first = lines.drop { $0 != "BEGIN:VEVENT" }.prefix { $0 != "END:VEVENT" }
    #expect(first.contains("UID:" + ExportFixtures.calendar.events[0].uid))
    #expect(first.contains("SEQUENCE:2"))
    #expect(first.contains("STATUS:CANCELLED"))
    #expect(!first.contains("BEGIN:VALARM"))
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
