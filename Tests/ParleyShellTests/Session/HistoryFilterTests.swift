import Testing

@testable import ParleyShell

@Suite("History: a line typed with a leading space is not kept (ignorespace)")
struct HistoryFilterTests {
  @Test(
    "which lines are kept",
    arguments: [
      ("cases", true), ("note call back", true), ("help  ", true),
      (" note my bank PIN is 1234", false), ("  cases", false), ("", false), ("   ", false),
    ])
  func keeps(line: String, kept: Bool) {
    #expect(HistoryFilter.keeps(line) == kept)
  }

  @Test("the shell runs a line with a leading space but does not remember it")
  func shellSkipsIt() throws {
    let shell = try ShellHarness()
    let run = try shell.session([" help exit-codes", "cases", "\tcases "])
    #expect(run.stdout.contains("Exit statuses"))
    #expect(run.reader.remembered == ["cases", "cases"])
  }
}
