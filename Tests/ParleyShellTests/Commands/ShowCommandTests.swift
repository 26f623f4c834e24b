import Foundation
import Testing

@testable import ParleyShell

@Suite("show: the case at a glance")
struct ShowCommandTests {
  /// A case with `count` payments of £1.00 to £`count`.00 and as many notes.
  private func caseWithPayments(_ count: Int) throws -> ShellHarness {
    let shell = try ShellHarness()
    try shell.makeAcme()
    let lines = (1...count).flatMap { ["paid \($0) --on 2026-10-02", "note note \($0)"] }
    let run = try shell.session(["open acme-ltd"] + lines, interactive: false)
    #expect(run.status == .success, "\(run.stderr)")
    return shell
  }

  @Test func aLongCaseShowsTheLatestTenOfEachAndSaysHowManyAreLeftOut() throws {
    let shell = try caseWithPayments(12)
    let run = try shell.oneShot(["show", "--case", "acme-ltd"])
    #expect(run.status == .success)
    #expect(run.stdout.contains("  … 2 earlier payments ('show --all' lists them)"))
    #expect(run.stdout.contains("  … 2 earlier notes ('show --all' lists them)"))
    #expect(!run.stdout.contains("£2.00\n"))
    #expect(run.stdout.contains("  2 Oct 2026  £3.00\n"))
    #expect(run.stdout.contains("  2 Oct 2026  £12.00\n"))
    #expect(!run.stdout.contains("note: note 2\n"))
    #expect(run.stdout.contains("note: note 12\n"))
  }

  @Test func oneLeftOutIsSingular() throws {
    let shell = try caseWithPayments(11)
    let run = try shell.oneShot(["show", "--case", "acme-ltd"])
    #expect(run.stdout.contains("  … 1 earlier payment ('show --all' lists them)"))
  }

  @Test func allListsEveryPaymentAndNote() throws {
    let shell = try caseWithPayments(12)
    let run = try shell.oneShot(["show", "--all", "--case", "acme-ltd"])
    #expect(!run.stdout.contains("earlier payments"))
    #expect(run.stdout.contains("  2 Oct 2026  £1.00\n"))
    #expect(run.stdout.contains("  note: note 1\n"))
  }

  @Test func aShortCaseLeavesNothingOut() throws {
    let shell = try caseWithPayments(10)
    let run = try shell.oneShot(["show", "--case", "acme-ltd"])
    #expect(!run.stdout.contains("earlier"))
    #expect(run.stdout.contains("  2 Oct 2026  £1.00\n"))
  }
}
