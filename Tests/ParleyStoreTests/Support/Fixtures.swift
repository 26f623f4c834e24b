import ParleyKit

/// Sample events and timestamps for store tests.
enum Fixtures {
  /// 2026-11-30T00:53:20Z plus `offset` seconds, in Europe/London.
  static func time(_ offset: Int64) -> Timestamp {
    Timestamp(secondsSince1970: 1_796_000_000 + offset, timeZoneID: "Europe/London")
  }

  /// A case opened for `client`, a UK business, in pounds.
  static func opened(_ client: String) -> CaseEvent.CaseOpened {
    CaseEvent.CaseOpened(
      client: client, contact: "ap@acme.example", debtorKind: .business, jurisdiction: "gb-ewl",
      currency: "GBP")
  }

  /// A note with `text`.
  static func note(_ text: String) -> CaseEvent {
    .note(CaseEvent.Note(text: text))
  }

  /// Invoice `INV-<n>` for £`pounds`.50, issued 2026-09-08 and due 2026-10-08.
  static func invoice(_ number: Int, pounds: Int64) -> CaseEvent {
    let gbp = Currency.named("GBP") ?? Currency(code: "GBP", minorDigits: 2)
    let issued = Day(year: 2026, month: 9, day: 8) ?? .unixEpoch
    let due = Day(year: 2026, month: 10, day: 8) ?? .unixEpoch
    return .invoiceAdded(
      CaseEvent.InvoiceAdded(
        number: "INV-\(number)", amount: Money(minorUnits: pounds * 100 + 50, currency: gbp),
        issued: issued, due: due))
  }
}
