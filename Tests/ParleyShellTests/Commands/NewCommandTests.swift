import Foundation
import ParleyKit
import Testing

@testable import ParleyShell

@Suite("new: a case from options, asking only what is missing")
struct NewCommandTests {
  @Test func anAmountThatNamesItsCurrencyIsNotAskedForItAgain() throws {
    let shell = try ShellHarness()
    // New York's currency is USD: had the currency been asked, Enter would
    // have chosen USD and the £ amount would have been refused.
    let run = try shell.session([
      "new --client 'Bright Co' --kind business --contact ap@bright.example "
        + "--jurisdiction us-ny --invoice B-7 --amount £2,400 --issued 2026-09-01 --due 2026-10-01",
      "", "", "quit",
    ])
    #expect(run.stdout.contains("Saved case bright-co"), "\(run.stdout)\n\(run.stderr)")
    let shown = try shell.oneShot(["show", "--case", "bright-co"])
    #expect(shown.stdout.contains("£2,400.00"), "\(shown.stdout)")
  }

  @Test func aPastDueDayWithoutAnIssueDayIsIssuedThirtyDaysBefore() throws {
    let shell = try ShellHarness()
    let run = try shell.oneShot([
      "new", "--client", "Acme Ltd", "--invoice", "7", "--amount", "£500", "--due", "2026-10-01",
    ])
    #expect(run.status == .success, "\(run.stderr)")
    let shown = try shell.oneShot(["show", "--case", "acme-ltd", "--json"])
    #expect(shown.stdout.contains("2026-09-01"), "\(shown.stdout)")
  }
}

@Suite("new from plain words: the client, invoice, amount and due day filled in")
struct NewFromPlainWordsTests {
  @Test func theWelcomeExampleOpensACaseAskingOnlyWhatIsMissing() throws {
    let shell = try ShellHarness()
    let run = try shell.session([
      "Acme haven't paid invoice 42 for £1,800, due 1 Oct", "", "", "", "", "", "", "", "", "",
      "quit",
    ])
    #expect(
      run.reader.prompts.contains {
        $0.contains(
          "That reads as 'new --client Acme --invoice 42 --amount £1,800.00 --due 2026-10-01'")
      }, "\(run.reader.prompts)")
    #expect(run.stdout.contains("Saved case acme."), "\(run.stdout)\n\(run.stderr)")
    let shown = try shell.oneShot(["show", "--case", "acme"])
    #expect(shown.stdout.contains("42"), "\(shown.stdout)")
    #expect(
      shown.stdout.contains("£1,800.00") && shown.stdout.contains("1 Oct 2026"),
      "\(run.stdout)\n\(run.stderr)\n\(run.reader.prompts)\n\(shown.stdout)")
  }
}
