import Foundation
import Testing

@testable import ParleyShell

@Suite("Completer: what Tab offers")
struct CompleterTests {
  let completer = Completer { ["acme-ltd", "acorn-design", "bob-smith"] }

  @Test(arguments: [
    ("", CommandTable.names.sorted()),
    ("ca", ["call", "cases", "cashflow"]),
    ("case", ["cases"]),
    ("open ac", ["acme-ltd", "acorn-design"]),
    ("open b", ["bob-smith"]),
    ("log --ch", ["--channel"]),
    ("log --channel ", ["email", "letter", "meeting", "message", "phone"]),
    ("log --channel me", ["meeting", "message"]),
    ("show --case a", ["acme-ltd", "acorn-design"]),
    ("log --summary ", []),
    ("help ex", ["exit-codes", "export"]),
    ("escalate me", ["mediation-agreed", "mediation-offered", "mediation-refused"]),
    ("zzz ", []),
    ("draft fri", ["friendly-reminder"]),
    ("draft --case acme-ltd fi", ["final-reminder", "firm-reminder"]),
    ("draft --short fi", ["final-reminder", "firm-reminder"]),
    ("draft friendly-reminder --sh", ["--short"]),
    ("plan ag", ["agree"]),
    ("plan custom --every f", ["fortnight"]),
    ("new --kind ", ["business", "individual", "sole-trader"]),
    ("jurisdiction show gb-", ["gb-ewl", "gb-nir", "gb-sct"]),
    ("completion ", ["bash", "fish", "zsh"]),
    ("note -- --", []),
    ("log --case=acme-ltd --ch", ["--channel"]),
  ])
  func offers(line: String, expected: [String]) {
    #expect(completer.candidates(for: line) == expected)
  }

  @Test("every option of every command is offered after its first letters")
  func everyOption() {
    for command in CommandTable.all {
      for option in command.spec.options {
        let line = "\(command.spec.name) --\(option.name.prefix(2))"
        #expect(completer.candidates(for: line).contains("--\(option.name)"), "\(line)")
      }
    }
  }

  @Test("every value of a known set is offered after its option, and nothing else")
  func everyChoice() {
    for command in CommandTable.all {
      for option in command.spec.options {
        guard let words = option.values?.fixedWords else { continue }
        let line = "\(command.spec.name) --\(option.name) "
        #expect(completer.candidates(for: line) == words.sorted(), "\(line)")
      }
    }
  }

  @Test("a file argument or option completes names in the folder typed")
  func files() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("parley-tab-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("notes-old"), withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    for name in ["notes.txt", "reply.eml", ".notes-hidden"] {
      FileManager.default.createFile(
        atPath: folder.appendingPathComponent(name).path, contents: nil)
    }
    let path = folder.path
    #expect(
      completer.candidates(for: "check \(path)/no") == ["\(path)/notes-old/", "\(path)/notes.txt"])
    #expect(completer.candidates(for: "log --text-file \(path)/r") == ["\(path)/reply.eml"])
    #expect(
      completer.candidates(for: "import \(path)/reply.eml --dry-run \(path)/no") == [
        "\(path)/notes-old/", "\(path)/notes.txt",
      ], "every path of import, not just the first")
    #expect(completer.candidates(for: "export --out \(path)/") == ["\(path)/notes-old/"])
    #expect(completer.candidates(for: "reply \(path)/.no") == ["\(path)/.notes-hidden"])
    let home = Completer(caseIDs: { [] }, home: path)
    #expect(home.candidates(for: "check ~/re") == ["~/reply.eml"])
    #expect(completer.candidates(for: "check \(path)/missing/x").isEmpty)
  }
}
