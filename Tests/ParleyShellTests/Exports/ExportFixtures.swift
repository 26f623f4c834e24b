import ParleyKit

@testable import ParleyShell

/// Sample inputs shared by the export tests: a three-installment plan.
enum ExportFixtures {
  /// 2026-11-29T00:56:38Z, the export time.
  static let stamp = Timestamp(secondsSince1970: 1_795_913_798, timeZoneID: "Europe/London")

  /// A day known to exist.
  static func day(_ year: Int, _ month: Int, _ day: Int) -> Day {
    Day(year: year, month: month, day: day) ?? .unixEpoch
  }

  /// The plan's calendar: commas, semicolons, a backslash, line breaks, £, CJK
  /// and emoji, long lines that fold, every kind of trigger, both TRANSP
  /// values, and an installment withdrawn from an earlier schedule.
  static var calendar: ICSCalendar {
    let namespace = "case-acme-inv-042"
    return ICSCalendar(
      events: [
        ICSEvent(
          uid: ICSWriter.stableUID(namespace: namespace, key: "installment-1"),
          day: day(2026, 12, 15),
          summary: "Installment 1/3 due: INV-042, ACME Ltd (£400.00)",
          description: """
            Amount: £400.00
            Pay to: sort code 12-34-56; account 12345678
            Thanks for agreeing this plan — it helps us both. \\o/
            """,
          sequence: 1,
          alarms: [ICSAlarm(description: "Installment 1/3 (£400.00) is due tomorrow")]),
        ICSEvent(
          uid: ICSWriter.stableUID(namespace: namespace, key: "installment-2"),
          day: day(2027, 1, 15),
          summary: "Installment 2/3 due: INV-042, 株式会社アクメ (£400.00) 🎉 nearly there",
          alarms: [ICSAlarm(description: "Installment 2/3 is due today", trigger: .hoursIntoDay(9))]
        ),
        ICSEvent(
          uid: ICSWriter.stableUID(namespace: namespace, key: "installment-3"),
          day: day(2027, 2, 15),
          summary: "Installment 3/3 due: INV-042, ACME Ltd (£400.00), last one",
          sequence: 0,
          alarms: [
            ICSAlarm(description: "Last installment due tomorrow", trigger: .daysBefore(1)),
            ICSAlarm(description: "Last installment due in 12 hours", trigger: .hoursBefore(12)),
          ],
          showsAsBusy: true),
        ICSEvent(
          uid: ICSWriter.stableUID(namespace: namespace, key: "installment-4"),
          day: day(2027, 3, 15),
          summary: "Withdrawn: installment 4/4 (£300.00)",
          description: "The plan was revised: a new schedule replaces this installment.",
          sequence: 2, isCancelled: true),
      ],
      stamp: stamp,
      name: "Payment plan: INV-042, ACME Ltd")
  }
}
