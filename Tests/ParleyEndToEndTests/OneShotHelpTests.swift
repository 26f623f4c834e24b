import Foundation
import Testing

@Suite("One-shot: help, version and usage errors")
struct OneShotHelpTests {
  static let commands = [
    "new", "cases", "open", "show", "invoice", "log", "paid", "note", "cashflow", "plan", "void",
    "undo", "verify",
    "next", "escalate", "dispute", "promise", "interest", "jurisdictions",
    "help", "quit",
  ]

  @Test("`help` lists every command with its summary, and exits 0")
  func helpListsEveryCommand() throws {
    let sandbox = try ParleySandbox()
    let result = try sandbox.run("help")
    #expect(result.status == 0, "\(result)")
    #expect(result.stderr.isEmpty)
    let listed = Set(
      result.stdout.split(separator: "\n")
        .filter { $0.hasPrefix("  ") }
        .compactMap { $0.split(separator: " ").first.map(String.init) })
    for command in Self.commands {
      #expect(listed.contains(command), "help does not list '\(command)':\n\(result.stdout)")
    }
    #expect(result.stdout.contains("It is not legal advice."))
    #expect(
      result.stdout.contains(
        "log            Record a contact: an email, call, letter, meeting or message"))
    #expect(result.stdout.contains("Type 'help COMMAND'"))
  }

  @Test("`--help` is `help`")
  func dashDashHelp() throws {
    let sandbox = try ParleySandbox()
    let help = try sandbox.run("help")
    let dashed = try sandbox.run("--help")
    #expect(dashed.status == 0)
    #expect(dashed.stdout == help.stdout)
  }

  @Test("`help log` shows usage, every option and examples")
  func helpForOneCommand() throws {
    let sandbox = try ParleySandbox()
    let result = try sandbox.run("help", "log")
    #expect(result.status == 0, "\(result)")
    let text = result.stdout
    #expect(text.hasPrefix("log — Record a contact"))
    #expect(
      text.contains(
        "Usage: log [--case CASE] [--channel CHANNEL] [--out] [--in] [--on DATE]\n       [--summary TEXT]"
      ))
    for option in [
      "--case CASE", "--channel CHANNEL", "--out", "--in", "--on DATE", "--summary TEXT",
      "--text-file FILE", "--text", "--edit",
    ] {
      #expect(text.contains("\n  \(option) "), "option \(option) missing:\n\(text)")
    }
    #expect(text.contains("Options\n"))
    #expect(text.contains("Examples\n"))
    #expect(
      text.contains("  log --channel email --out --on 2026-10-08 --summary \"first reminder\""))
  }

  @Test("every command has its own help page with usage and an example")
  func everyCommandHasHelp() throws {
    let sandbox = try ParleySandbox()
    for command in Self.commands {
      let result = try sandbox.run("help", command)
      #expect(result.status == 0, "help \(command): \(result)")
      #expect(result.stdout.hasPrefix("\(command) — "), "help \(command):\n\(result.stdout)")
      #expect(result.stdout.contains("Usage: \(command)"), "help \(command):\n\(result.stdout)")
    }
  }

  @Test("`help exit-codes` documents 0, 1, 2, 3, 4 and 130")
  func exitCodes() throws {
    let sandbox = try ParleySandbox()
    let result = try sandbox.run("help", "exit-codes")
    #expect(result.status == 0, "\(result)")
    let codes = result.stdout.split(separator: "\n").compactMap { line in
      line.split(separator: " ").first.flatMap { Int($0) }
    }
    #expect(codes == [0, 1, 2, 3, 4, 130], "\(result.stdout)")
    #expect(result.stdout.contains("  2    usage error: unknown command or option"))
    #expect(result.stdout.contains("  130  interrupted with Ctrl-C"))
  }

  @Test("an unknown command suggests the closest one and exits 2")
  func unknownCommand() throws {
    let sandbox = try ParleySandbox()
    let result = try sandbox.run("cass")
    #expect(result.status == 2, "\(result)")
    #expect(result.stderr == "parley: Unknown command 'cass'. Did you mean 'cases'?\n")
    #expect(result.stdout.isEmpty)
    #expect(sandbox.caseFiles().isEmpty)
  }

  @Test("an unknown option suggests the closest one, shows the usage and exits 2")
  func unknownOption() throws {
    let sandbox = try ParleySandbox()
    let result = try sandbox.run("cases", "--jsn")
    #expect(result.status == 2, "\(result)")
    #expect(
      result.stderr
        == "parley: Unknown option '--jsn' for 'cases'. Did you mean '--json'?\n"
        + "usage: parley cases [--overdue] [--sort KEY] [--reverse] [--all] [--closed] [--json]\n")
    #expect(result.stdout.isEmpty)
  }

  @Test("a missing argument is a usage error (exit 2)")
  func missingArgument() throws {
    let sandbox = try ParleySandbox()
    try sandbox.openAcme(withReminder: false)
    let result = try sandbox.run("open")
    #expect(result.status == 2, "\(result)")
    #expect(result.stderr.contains("usage: parley open CASE"))
  }

  @Test("`--version` prints the version and exits 0")
  func version() throws {
    let sandbox = try ParleySandbox()
    let result = try sandbox.run("--version")
    #expect(result.status == 0)
    #expect(result.stdout.wholeMatch(of: /parley \d+\.\d+\.\d+\n/) != nil, "\(result)")
    #expect(result.stderr.isEmpty)
  }
}
