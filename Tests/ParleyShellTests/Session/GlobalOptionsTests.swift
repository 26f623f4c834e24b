import Testing

@testable import ParleyShell

@Suite("Global options: --color and --no-pager, before or after the command")
struct GlobalOptionsTests {
  @Test(
    "they are taken out wherever they are, up to --",
    arguments: [
      (["cases"], GlobalOptions(), ["cases"]),
      (["--no-pager", "show"], GlobalOptions(pages: false), ["show"]),
      (["show", "--color=never", "--all"], GlobalOptions(color: .never), ["show", "--all"]),
      (["--color=ALWAYS", "cases"], GlobalOptions(color: .always), ["cases"]),
      (["--color", "cases"], GlobalOptions(color: .always), ["cases"]),
      (["--no-color", "cases"], GlobalOptions(color: .never), ["cases"]),
      (["--colour=auto", "cases"], GlobalOptions(), ["cases"]),
      (["note", "--", "--no-pager"], GlobalOptions(), ["note", "--", "--no-pager"]),
    ] as [([String], GlobalOptions, [String])])
  func split(words: [String], options: GlobalOptions, rest: [String]) throws {
    let (found, others) = try GlobalOptions.split(words)
    #expect(found == options)
    #expect(others == rest)
  }

  @Test("a --color value that is not auto, always or never is a usage error that says so")
  func badColour() throws {
    #expect(throws: ShellError.self) { try GlobalOptions.split(["--color=blue", "cases"]) }
    do {
      _ = try GlobalOptions.split(["--color=blue"])
    } catch {
      #expect(error.status == .usage)
      #expect(error.description.contains("--color takes auto, always or never, not 'blue'"))
    }
  }

  @Test("in the shell, --color on a line colours that command only")
  func colourPerLine() throws {
    let shell = try ShellHarness()
    let run = try shell.session(["help --color=always", "help"])
    let escape = TerminalText.styleIntroducer
    let parts = run.stdout.components(separatedBy: "Every command also runs from your shell")
    #expect(parts.count == 3)
    #expect(parts[0].unicodeScalars.contains(escape))
    #expect(!parts[1].unicodeScalars.contains(escape))
  }
}
