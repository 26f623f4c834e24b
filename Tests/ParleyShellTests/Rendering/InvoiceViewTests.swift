import Foundation
import ParleyKit
import Testing

@testable import ParleyShell

@Suite("InvoiceView: the one view of invoices, in show and the evidence export")
struct InvoiceViewTests {
  @Test func showAndEveryExportListTheSameColumnsInTheSameOrder() throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    _ = try shell.oneShot(["paid", "£200.50", "--on", "2026-11-01", "--case", "acme-ltd"])
    let headings = InvoiceView.Column.allCases.map(\.heading)
    let show = try shell.oneShot(["show", "--case", "acme-ltd"]).stdout
    let header = try #require(show.split(separator: "\n").first { $0.hasPrefix("INVOICE") })
    #expect(header.split(separator: " ").map(String.init) == headings.map { $0.uppercased() })
    #expect(show.contains("£1,000.00") && show.contains("59 days overdue"), "\(show)")
    let markdown = try shell.oneShot(["export", "--markdown", "-", "--case", "acme-ltd"]).stdout
    #expect(markdown.contains("| " + headings.joined(separator: " | ") + " |"))
    #expect(
      markdown.contains(
        "| INV-042 | £1,200.50 | 2026-09-01 | 2026-10-01 | £200.50 | £1,000.00 | 59 days overdue |"
      ))
    let html = try shell.oneShot(["export", "--html", "-", "--case", "acme-ltd"]).stdout
    #expect(html.contains(headings.map { "<th>\($0)</th>" }.joined()))
  }

  @Test func theStandingSaysPaidOverdueOrDue() throws {
    let state = try CaseState(
      events: [
        .caseOpened(
          .init(
            client: "A", contact: nil, debtorKind: .business, jurisdiction: "gb-ewl",
            currency: "GBP")),
        .invoiceAdded(
          .init(
            number: "1", amount: Money(minorUnits: 100, currency: .gbp),
            issued: Day(year: 2026, month: 9, day: 1)!, due: Day(year: 2026, month: 10, day: 1)!)),
      ].enumerated().map {
        RecordedEvent(
          seq: $0 + 1, recordedAt: Timestamp(secondsSince1970: 0, timeZoneID: "UTC"), event: $1)
      })
    let invoice = try #require(state.invoices.first)
    #expect(
      InvoiceView.standing(of: invoice, today: Day(year: 2026, month: 10, day: 2)!)
        == "1 day overdue")
    #expect(
      InvoiceView.standing(of: invoice, today: Day(year: 2026, month: 9, day: 30)!)
        == "due 1 Oct 2026")
  }
}
