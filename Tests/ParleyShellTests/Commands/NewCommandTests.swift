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
}
