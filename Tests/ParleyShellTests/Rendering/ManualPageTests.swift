import Foundation
import Testing

@testable import ParleyShell

@Suite("The manual page: generated from the commands' own descriptions")
struct ManualPageTests {
  static let page = ManualPage.render()
  static let groff = InstalledProgram.named("groff")

  @Test("every command has its section: summary, usage, each option, each example")
  func everyCommand() {
    for command in CommandTable.all {
      let spec = command.spec
      #expect(Self.page.contains("\n.SS \(spec.name.roffLiteral)\n\(spec.summary.roffEscaped).\n"))
      #expect(Self.page.contains("\\fBparley \(spec.name.roffLiteral)\\fR"), "\(spec.name)")
      for option in spec.options {
        #expect(
          Self.page.contains(".TP\n\\fB\\-\\-\(option.name.roffLiteral)\\fR"),
          "\(spec.name) --\(option.name)")
        #expect(Self.page.contains(option.helpWithChoices.roffEscaped))
      }
      for example in spec.examples {
        #expect(Self.page.contains("\nparley \(example)".roffLiteral + "\n"))
      }
    }
  }

  @Test("the sections a man page has, with every exit status and environment variable")
  func sections() {
    for heading in [
      ".SH NAME", ".SH SYNOPSIS", ".SH DESCRIPTION", ".SH COMMANDS", ".SH \"EXIT STATUS\"",
      ".SH ENVIRONMENT", ".SH FILES", ".SH NOTES",
    ] {
      #expect(Self.page.contains("\n\(heading)\n"), "\(heading)")
    }
    for (status, meaning) in ExitStatus.documented {
      #expect(Self.page.contains(".TP\n.B \(status.rawValue)\n\(meaning.roffEscaped)\n"))
    }
    for variable in EnvironmentVariable.documented {
      #expect(Self.page.contains(".TP\n.B \(variable.name.roffLiteral)\n"))
    }
    #expect(Self.page.contains("parley is not legal advice."))
  }

  @Test("only ASCII, and no line of text that roff would read as a request")
  func plainRoff() {
    #expect(Self.page.unicodeScalars.allSatisfy { $0.isASCII })
    let requests = Set([
      "TH", "SH", "SS", "PP", "TP", "B", "I", "RI", "br", "RS", "RE", "nf", "fi", "nh", "ad",
      "\\\"",
    ])
    for line in Self.page.split(separator: "\n") where line.hasPrefix(".") || line.hasPrefix("'") {
      let name = line.dropFirst().prefix { $0 != " " }
      #expect(requests.contains(String(name)), "a text line reads as a request: \(line)")
    }
  }

  @Test(
    "roff escaping: backslashes, option dashes, non-ASCII and leading dots",
    arguments: [
      (#"a\b"#, #"a\eb"#), ("--case", #"\-\-case"#), ("sole-trader", "sole-trader"),
      ("£5 — ok", #"\[u00A3]5 \[u2014] ok"#), (".hidden\n'quote", "\\&.hidden\n\\&'quote"),
    ])
  func escaping(text: String, roff: String) {
    #expect(text.roffEscaped == roff)
  }

  @Test(
    "groff renders it without a warning (-ww), with every command in the text",
    .enabled(if: groff != nil, InstalledProgram.skipMessage("groff (groff-base)")))
  func rendersWithoutWarnings() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("parley-man-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try Self.page.write(
      to: folder.appendingPathComponent("parley.1"), atomically: true, encoding: .utf8)
    let groff = try #require(Self.groff)
    let checked = try groff.run(["-man", "-Tutf8", "-ww", "-z", "parley.1"], directory: folder)
    #expect(checked.status == 0)
    #expect(checked.stderr.isEmpty, "\(checked.stderr)")
    var environment = ProcessInfo.processInfo.environment
    environment["LC_ALL"] = "C.UTF-8"
    let rendered = try groff.run(
      ["-man", "-Tutf8", "-ww", "-P", "-cbou", "parley.1"], directory: folder,
      environment: environment)
    #expect(rendered.stderr.isEmpty, "\(rendered.stderr)")
    for heading in ["NAME", "SYNOPSIS", "COMMANDS", "EXIT STATUS", "ENVIRONMENT", "FILES"] {
      #expect(rendered.stdout.contains("\n\(heading)\n"), "\(heading)")
    }
    for command in CommandTable.all {
      #expect(rendered.stdout.contains("\n   \(command.spec.name)\n"), "\(command.spec.name)")
    }
  }
}
