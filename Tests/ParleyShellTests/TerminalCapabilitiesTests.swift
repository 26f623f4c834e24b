import ParleyShell
import Testing

@Suite("TerminalCapabilities")
struct TerminalCapabilitiesTests {
  struct Row: Sendable, CustomTestStringConvertible {
    var stdin: Bool
    var stdout: Bool
    var environment: [String: String]
    var lineEditor: Bool
    var color: Bool
    var testDescription: String { "stdin=\(stdin) stdout=\(stdout) \(environment)" }
  }

  static let xterm = ["TERM": "xterm-256color"]

  @Test(
    "decision table for auto colour",
    arguments: [
      Row(stdin: true, stdout: true, environment: xterm, lineEditor: true, color: true),
      Row(stdin: false, stdout: true, environment: xterm, lineEditor: false, color: true),
      Row(stdin: true, stdout: false, environment: xterm, lineEditor: false, color: false),
      Row(stdin: false, stdout: false, environment: xterm, lineEditor: false, color: false),
      Row(
        stdin: true, stdout: true, environment: ["TERM": "dumb"], lineEditor: false, color: false),
      Row(stdin: true, stdout: true, environment: [:], lineEditor: false, color: false),
      Row(stdin: true, stdout: true, environment: ["TERM": ""], lineEditor: false, color: false),
      Row(
        stdin: true, stdout: true, environment: ["TERM": "xterm", "INSIDE_EMACS": "29.1,comint"],
        lineEditor: false, color: true),
      Row(
        stdin: true, stdout: true, environment: ["TERM": "xterm", "NO_COLOR": "1"],
        lineEditor: true, color: false),
      Row(
        stdin: true, stdout: true, environment: ["TERM": "xterm", "NO_COLOR": ""],
        lineEditor: true, color: true),
    ])
  func decides(row: Row) {
    let capabilities = TerminalCapabilities(
      stdinIsTerminal: row.stdin, stdoutIsTerminal: row.stdout, environment: row.environment)
    #expect(capabilities.usesLineEditor == row.lineEditor)
    #expect(capabilities.usesColor == row.color)
    #expect(capabilities.isInteractive == row.stdin)
  }

  @Test(
    "colour precedence: --color, then NO_COLOR, then CLICOLOR_FORCE, then CLICOLOR, then the terminal",
    arguments: [
      (false, ["CLICOLOR_FORCE": "1"], true),
      (false, ["CLICOLOR_FORCE": "1", "NO_COLOR": "1"], false),
      (false, ["CLICOLOR_FORCE": "0"], false),
      (false, ["CLICOLOR_FORCE": ""], false),
      (true, ["TERM": "dumb", "CLICOLOR_FORCE": "yes"], true),
      (true, ["TERM": "xterm", "CLICOLOR": "0"], false),
      (true, ["TERM": "xterm", "CLICOLOR": "0", "CLICOLOR_FORCE": "1"], true),
      (true, ["TERM": "xterm", "CLICOLOR": "1"], true),
      (false, ["TERM": "xterm", "CLICOLOR": "1"], false),
    ] as [(Bool, [String: String], Bool)])
  func colourPrecedence(stdout: Bool, environment: [String: String], color: Bool) {
    let capabilities = TerminalCapabilities(
      stdinIsTerminal: false, stdoutIsTerminal: stdout, environment: environment)
    #expect(capabilities.usesColor == color)
    #expect(capabilities.choosingColor(.never).usesColor == false)
    #expect(capabilities.choosingColor(.always).usesColor == true)
    #expect(capabilities.choosingColor(.auto) == capabilities)
  }

  @Test("a dumb terminal is still a person typing: interactive, without libedit, colour or less")
  func dumbTerminalIsInteractive() {
    for environment in [["TERM": "dumb"], ["TERM": "dumb", "INSIDE_EMACS": "29.1,comint"], [:]] {
      let capabilities = TerminalCapabilities(
        stdinIsTerminal: true, stdoutIsTerminal: true, environment: environment)
      #expect(capabilities.isInteractive)
      #expect(capabilities.writesToTerminal)
      #expect(!capabilities.usesLineEditor)
      #expect(!capabilities.isCapable)
      #expect(!capabilities.usesColor)
    }
  }

  @Test("--color=always and --color=never override the environment")
  func explicitColor() {
    let piped = TerminalCapabilities(
      stdinIsTerminal: false, stdoutIsTerminal: false, environment: ["NO_COLOR": "1"],
      color: .always)
    #expect(piped.usesColor)
    let terminal = TerminalCapabilities(
      stdinIsTerminal: true, stdoutIsTerminal: true, environment: Self.xterm, color: .never)
    #expect(!terminal.usesColor)
    #expect(terminal.usesLineEditor)
    #expect(TerminalCapabilities.ColorChoice(rawValue: "auto") == .auto)
  }

  @Test("the test process itself is not on a terminal when piped")
  func current() {
    let capabilities = TerminalCapabilities.current(environment: ["TERM": "dumb"])
    #expect(!capabilities.usesLineEditor)
    #expect(!capabilities.usesColor)
  }
}
