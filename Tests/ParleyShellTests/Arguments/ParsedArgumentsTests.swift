import Testing

@testable import ParleyShell

@Suite("ParsedArguments: options, flags and positionals")
struct ParsedArgumentsTests {
  let options: [OptionSpec] = [
    .value("case", "CASE", ""), .value("channel", "CHANNEL", ""), .flag("json", ""),
    .flag("out", ""),
  ]

  @Test func sortsWordsIntoOptionsFlagsAndPositionals() throws {
    let parsed = try ParsedArguments(
      ["500", "--case", "acme", "--channel=email", "--json", "--", "--out"], options: options,
      command: "x")
    #expect(parsed.value("case") == "acme")
    #expect(parsed.value("channel") == "email")
    #expect(parsed.has("json"))
    #expect(!parsed.has("out"))
    #expect(parsed.positionals == ["500", "--out"])
  }

  @Test func anUnknownOptionSuggestsTheClosestOne() {
    #expect(
      throws: ShellError.usage(
        "Unknown option '--chanel' for 'log'. Did you mean '--channel'?", command: "log")
    ) { try ParsedArguments(["--chanel", "email"], options: options, command: "log") }
  }

  @Test func aMissingValueOrAValueOnAFlagIsAUsageError() {
    #expect(throws: ShellError.usage("'--case' needs a value: --case CASE", command: "x")) {
      try ParsedArguments(["--case"], options: options, command: "x")
    }
    #expect(throws: ShellError.usage("'--json' takes no value", command: "x")) {
      try ParsedArguments(["--json=yes"], options: options, command: "x")
    }
  }
}
