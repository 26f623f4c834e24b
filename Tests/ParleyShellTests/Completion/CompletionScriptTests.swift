import Foundation
import Testing

@testable import ParleyShell

@Suite("Completion scripts: every command, option and value, from the commands' own descriptions")
struct CompletionScriptTests {
  static let specs = CommandTable.all.map(\.spec)
  static let model = CompletionModel(commands: specs)

  /// The names a shell can type for `spec`: its name and plain-word aliases.
  static func names(_ spec: CommandSpec) -> [String] {
    model.commands.first { $0.spec.name == spec.name }?.names ?? []
  }

  @Test("no command is left out of the table the scripts are made from")
  func everyCommandIsCompleted() {
    #expect(Self.model.commandNames.contains("completion"))
    for spec in Self.specs {
      #expect(Self.names(spec).first == spec.name, "\(spec.name) cannot be typed in a shell")
    }
    // `?` needs quoting in every shell: Tab in parley's own shell offers it, the scripts do not.
    #expect(!Self.model.commandNames.contains("?"))
  }

  @Test("bash: each command's branch lists exactly its options, and the value words")
  func bashListsEveryOption() {
    let script = CompletionShell.bash.script(for: Self.specs)
    let lines = script.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(
      lines.contains(
        "    _parley_words " + Self.model.commandNames.joined(separator: " ").singleQuoted))
    for spec in Self.specs {
      let label = "    \(Self.names(spec).joined(separator: "|")))"
      guard let start = lines.firstIndex(of: label) else {
        Issue.record("no branch for \(spec.name) in the bash script")
        continue
      }
      let options = spec.options.map { "--\($0.name)" }.joined(separator: " ")
      #expect(lines[start + 2] == "      options=\(options.singleQuoted)", "\(spec.name)")
      for option in spec.options {
        guard let words = option.values?.fixedWords else { continue }
        let key = "\(spec.name) --\(option.name)".singleQuoted
        #expect(
          lines.contains {
            $0.contains(key) && $0.hasSuffix(words.joined(separator: " ").singleQuoted + " ;;")
          },
          "bash does not offer the values of \(spec.name) --\(option.name)")
      }
    }
  }

  @Test("zsh: each command's _arguments names every option with its help")
  func zshListsEveryOption() {
    let script = CompletionShell.zsh.script(for: Self.specs)
    for spec in Self.specs {
      #expect(script.contains("    " + "\(spec.name):\(spec.summary)".singleQuoted + "\n"))
      let label = "\n    (\(Self.names(spec).joined(separator: "|")))\n"
      guard let start = script.range(of: label) else {
        Issue.record("no branch for \(spec.name) in the zsh script")
        continue
      }
      let rest = script[start.upperBound...]
      let body = rest[..<(rest.range(of: ";;\n")?.lowerBound ?? rest.endIndex)]
      for option in spec.options {
        let equals = option.valueName == nil ? "" : "="
        // The spec goes on after the bracket, inside the same quotes.
        let head = "--\(option.name)\(equals)[\(option.help.zshBracketed)]".singleQuoted.dropLast()
        #expect(body.contains(head), "zsh: \(spec.name) --\(option.name)")
        if let words = option.values?.fixedWords {
          #expect(
            body.contains(":(\(words.joined(separator: " ")))'"),
            "zsh: \(spec.name) --\(option.name)")
        }
      }
    }
  }

  @Test("fish: a complete line for every command and every option of each")
  func fishListsEveryOption() {
    let script = CompletionShell.fish.script(for: Self.specs)
    let lines = script.split(separator: "\n").map(String.init)
    for spec in Self.specs {
      #expect(
        lines.contains(
          "complete -c parley -n __parley_needs_command -a \(spec.name) -d \(spec.summary.fishQuoted)"
        ))
      let using = "__parley_using \(Self.names(spec).joined(separator: " "))".fishQuoted
      for option in spec.options {
        let prefix = "complete -c parley -n \(using) -l \(option.name) "
        let line = lines.first { $0.hasPrefix(prefix) }
        #expect(line != nil, "fish: \(spec.name) --\(option.name)")
        #expect(line?.hasSuffix("-d \(option.help.fishQuoted)") == true)
        if let words = option.values?.fixedWords {
          #expect(line?.contains("-x -a \(words.joined(separator: " ").fishQuoted)") == true)
        }
      }
    }
  }

  @Test("a description with quotes and brackets reaches each shell as written")
  func quoting() {
    #expect("it's".singleQuoted == #"'it'\''s'"#)
    #expect(#"a\b 'c'"#.fishQuoted == #"'a\\b \'c\''"#)
    #expect("[a] b".zshBracketed == #"\[a\] b"#)
    #expect("a:b".zshColonEscaped == #"a\:b"#)
  }
}
