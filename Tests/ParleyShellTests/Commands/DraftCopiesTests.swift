import Foundation
import ParleyKit
import Testing

@testable import ParleyShell

@Suite("draft: copies ready to send, and late charges never left out silently")
struct DraftCopiesTests {
  func shellWithAcme() throws -> ShellHarness {
    let shell = try ShellHarness()
    _ = try shell.oneShot([
      "new", "--client", "Acme Ltd", "--contact", "Jane Smith <jane@acme.test>", "--invoice",
      "INV-042", "--amount", "£1,200.50", "--issued", "2026-09-01", "--due", "2026-10-01",
    ])
    _ = try shell.oneShot(["me", "--name", "Sam Patel", "--email", "sam@patel.test"])
    return shell
  }

  func text(_ shell: ShellHarness, _ name: String) throws -> String {
    try String(contentsOf: shell.home.appendingPathComponent(name), encoding: .utf8)
  }

  @Test func anEmlOpensAsADraftToTheClient() throws {
    let shell = try shellWithAcme()
    let path = shell.home.appendingPathComponent("reminder.eml").path
    let run = try shell.oneShot(["draft", "firm-reminder", "--eml", path])
    #expect(run.status == .success, "\(run.stderr)")
    let eml = try text(shell, "reminder.eml")
    #expect(eml.hasPrefix("From: Sam Patel <sam@patel.test>\r\nTo: jane@acme.test\r\n"))
    // The £ makes the subject an encoded word, folded to keep lines short.
    #expect(eml.contains("\r\nSubject: =?utf-8?B?"))
    #expect(DraftEML.encodedWord("Plain subject") == "Plain subject")
    #expect(eml.contains("\r\nX-Unsent: 1\r\n"))
    #expect(eml.contains("Content-Transfer-Encoding: quoted-printable\r\n\r\nDear Jane,"))
    #expect(eml.contains("=C2=A31,200.50"))
    #expect(eml.split(separator: "\r\n").allSatisfy { $0.utf8.count <= 76 })
  }

  @Test func quotedPrintableRoundTripsEveryByte() {
    let text =
      "Dear Zoë,\n\nPay £1,200.50 = 100% by Friday.  \nKind regards, "
      + String(repeating: "long line ", count: 20)
    let bytes = Array(DraftEML.quotedPrintable(text).utf8)
    var decoded: [UInt8] = []
    var index = 0
    while index < bytes.count {
      if bytes[index] == UInt8(ascii: "="), bytes[index + 1] == 13 {
        index += 3  // a soft line break: "=" CR LF
      } else if bytes[index] == UInt8(ascii: "=") {
        let hex = String(decoding: bytes[index + 1...index + 2], as: UTF8.self)
        decoded.append(UInt8(hex, radix: 16) ?? 0)
        index += 3
      } else if bytes[index] == 13 {
        decoded.append(10)  // CR LF is a line end
        index += 2
      } else {
        decoded.append(bytes[index])
        index += 1
      }
    }
    #expect(String(decoding: decoded, as: UTF8.self) == text)
  }

  @Test func aMailtoLinkCarriesTheSubjectAndBody() throws {
    let shell = try shellWithAcme()
    let run = try shell.oneShot(["draft", "friendly-reminder", "--mailto"])
    let link = try #require(run.stdout.split(separator: "\n").last { $0.hasPrefix("mailto:") })
    #expect(
      link.hasPrefix(
        "mailto:jane@acme.test?subject=Friendly%20reminder%3A%20invoice%20INV-042&body=Dear%20Jane%2C%0D%0A%0D%0A"
      ))
    #expect(!link.contains(" "))
  }

  @Test func theLetterBeforeClaimPrintsWithItsEnclosuresAndPageNumbers() throws {
    let shell = try shellWithAcme()
    let path = shell.home.appendingPathComponent("letter.html").path
    let run = try shell.oneShot([
      "draft", "letter-before-claim", "--html", path, "--to-address", "1 Market St, Leeds",
      "--override", "testing the letter",
    ])
    #expect(run.status == .success, "\(run.stderr)")
    let html = try text(shell, "letter.html")
    #expect(html.contains("<h2>Statement of account</h2>"))
    #expect(html.contains("counter(page)"))
    #expect(html.contains("Acme Ltd\n1 Market St\nLeeds"))
    #expect(!html.contains("<script"))
  }

  @Test func theReplyByDayGoesInACalendar() throws {
    let shell = try shellWithAcme()
    let path = shell.home.appendingPathComponent("reply.ics").path
    let run = try shell.oneShot(["draft", "friendly-reminder", "--ics", path])
    #expect(run.status == .success, "\(run.stderr)")
    let ics = try text(shell, "reply.ics")
    // Seven days from Sunday 29 November is Sunday 6 December: Monday the 7th.
    #expect(ics.contains("\r\nMETHOD:PUBLISH\r\n"))
    #expect(ics.contains("DTSTART;VALUE=DATE:20261207\r\nDTEND;VALUE=DATE:20261208\r\n"))
    // The reminder fires at 09:00 the day before the reply is due.
    #expect(ics.contains("TRIGGER:-PT15H\r\n"))
    let none = try shell.oneShot([
      "draft", "call-confirmation", "--amount", "£500", "--date", "2026-12-18", "--ics", path,
    ])
    #expect(none.status != .success)
    #expect(none.stderr.contains("sets no reply-by day"))
  }

  @Test func lateChargesWithoutAKnownRateAreAnErrorNotAnOmission() throws {
    let shell = try shellWithAcme()
    let charged = try shell.oneShot(["draft", "final-reminder", "--late-charges"])
    #expect(charged.status == .success, "\(charged.stderr)")
    #expect(
      charged.stdout.contains("entitles me to interest at 11.75% a year and fixed compensation"))
    let stray = try shell.oneShot(["draft", "final-reminder", "--rate", "4"])
    #expect(stray.status == .usage)
    #expect(stray.stderr.contains("--rate goes with --late-charges"))
  }
}
