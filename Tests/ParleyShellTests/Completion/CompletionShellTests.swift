import Foundation
import Testing

@testable import ParleyShell

/// The generated scripts loaded in the real shells: they parse, and they offer
/// what Tab in parley's own shell offers, for every command.
@Suite("Completion scripts in bash, zsh and fish")
struct CompletionShellTests {
  static let specs = CommandTable.all.map(\.spec)
  static let bash = InstalledProgram.named("bash")
  static let zsh = InstalledProgram.named("zsh")
  static let fish = InstalledProgram.named("fish")

  /// One command line typed up to the cursor: the words before the one being
  /// completed (command first), and that word so far.
  struct Query: CustomStringConvertible {
    let words: [String]
    let partial: String
    var line: String { (words + [partial]).joined(separator: " ") }
    var description: String { "'parley \(line)'" }
  }

  /// Lines over every command: name prefixes, option prefixes, every option
  /// value and positional argument that is a known set, after options and
  /// after `--`. Those completed from the workspace or the disk are left out
  /// (the end-to-end tests cover them with a real workspace).
  static let queries: [Query] = {
    var queries = [Query(words: [], partial: "")]
    for spec in specs {
      for name in [spec.name] + spec.aliases where name != "?" {
        queries += [1, 2].map { Query(words: [], partial: String(name.prefix($0))) }
      }
      queries += [
        Query(words: [spec.name], partial: ""), Query(words: [spec.name], partial: "-"),
        Query(words: [spec.name], partial: "--"), Query(words: [spec.name, "--"], partial: ""),
        Query(words: [spec.name, "--"], partial: "--"),
      ]
      for option in spec.options {
        queries.append(Query(words: [spec.name], partial: "--" + option.name.prefix(3)))
        guard option.valueName != nil else {
          queries.append(Query(words: [spec.name, "--\(option.name)"], partial: ""))
          continue
        }
        queries.append(Query(words: [spec.name, "--\(option.name)"], partial: ""))
        queries.append(Query(words: [spec.name, "--\(option.name)", "x"], partial: ""))
        if let first = option.values?.fixedWords?.first {
          queries.append(
            Query(words: [spec.name, "--\(option.name)"], partial: String(first.prefix(1))))
        }
      }
      for (index, kind) in spec.positionals.enumerated() {
        let before = spec.positionals.prefix(index).map { $0.fixedWords?.first ?? "x" }
        queries.append(Query(words: [spec.name] + before, partial: ""))
        if let first = kind.fixedWords?.first {
          queries.append(Query(words: [spec.name] + before, partial: String(first.prefix(2))))
          // Options before it do not count as arguments, their values neither.
          if let valued = spec.options.first(where: { $0.valueName != nil }) {
            queries.append(
              Query(
                words: [spec.name, "--\(valued.name)", "x"] + before,
                partial: String(first.prefix(1))))
          }
        }
      }
    }
    return queries.filter { query in
      switch CompletionSlot.after(query.words, partial: query.partial) {
      case .value(.caseID), .value(.file), .value(.folder): false
      default: true
      }
    }
  }()

  /// What Tab in parley's shell offers for `query`, less `?` (help's alias,
  /// which a shell would read as a pattern, so the scripts leave it out).
  static func expected(_ query: Query) -> [String] {
    Completer(caseIDs: { [] }).candidates(for: query.line).filter { $0 != "?" }
  }

  /// A temporary folder holding `files`, removed by the caller.
  static func folder(_ files: [String: String]) throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("parley-completion-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for (name, text) in files {
      try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    return folder
  }

  @Test(.enabled(if: bash != nil, InstalledProgram.skipMessage("bash")))
  func bashScriptParses() throws {
    let folder = try Self.folder(["parley.bash": CompletionShell.bash.script(for: Self.specs)])
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = try #require(Self.bash).run(["-n", folder.appendingPathComponent("parley.bash").path])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stderr.isEmpty)
  }

  @Test(
    "bash offers exactly what Tab in parley's shell offers, for every command",
    .enabled(if: bash != nil, InstalledProgram.skipMessage("bash")))
  func bashAgreesWithTheShell() throws {
    // Each query is one line of words in bash's quoting; the driver sets
    // COMP_WORDS and COMP_CWORD as bash does, calls _parley, and prints COMPREPLY.
    let queryLines = Self.queries.map { query in
      (["parley"] + query.words + [query.partial]).map(\.singleQuoted).joined(separator: " ")
    }
    let driver = """
      source ./parley.bash
      while IFS= read -r line; do
        eval "COMP_WORDS=($line)"
        COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
        COMP_LINE=${COMP_WORDS[*]}
        COMPREPLY=()
        _parley
        printf '#%s\\n' "$(printf '%s\\n' "${COMPREPLY[@]}" | LC_ALL=C sort -u | tr '\\n' ' ')"
      done < queries
      """
    let folder = try Self.folder([
      "parley.bash": CompletionShell.bash.script(for: Self.specs), "driver.bash": driver,
      "queries": queryLines.joined(separator: "\n") + "\n",
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = try #require(Self.bash).run(
      ["--norc", "--noprofile", "driver.bash"], directory: folder)
    #expect(run.stderr.isEmpty, "\(run.stderr)")
    let answers = run.stdout.split(separator: "\n").map { line in
      line.dropFirst().split(separator: " ").map(String.init)
    }
    try #require(answers.count == Self.queries.count, "\(run.stdout)")
    for (query, answer) in zip(Self.queries, answers) {
      #expect(answer == Self.expected(query), "bash, \(query)")
    }
  }

  @Test(
    "fish offers what Tab in parley's shell offers, for every command",
    .enabled(if: fish != nil, InstalledProgram.skipMessage("fish")))
  func fishAgreesWithTheShell() throws {
    // fish offers options only for a word that starts with '-', and when no
    // candidate starts with the word typed it offers those that merely hold
    // its letters (its own conventions), so lines where parley's shell lists
    // options for an empty word, or nothing after `--`, are left out.
    let queries = Self.queries.filter { query in
      if query.words.contains("--") { return false }
      if case .option = CompletionSlot.after(query.words, partial: query.partial) {
        return query.partial.hasPrefix("-")
      }
      return true
    }
    let folder = try Self.folder([
      "parley.fish": CompletionShell.fish.script(for: Self.specs),
      "queries": queries.map { "parley " + $0.line }.joined(separator: "\n") + "\n",
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    var environment = ProcessInfo.processInfo.environment
    environment["LC_ALL"] = "C"
    let run = try #require(Self.fish).run(
      [
        "--no-config", "-c",
        """
        source parley.fish
        while read -l line
            set -l words (complete -C "$line" | string replace -r '\\t.*' '' | sort -u)
            echo "#$words"
        end < queries
        """,
      ], directory: folder, environment: environment)
    #expect(run.stderr.isEmpty, "\(run.stderr)")
    let answers = run.stdout.split(separator: "\n").map { line in
      line.dropFirst().split(separator: " ").map(String.init)
    }
    try #require(answers.count == queries.count, "\(run.stdout)")
    for (query, answer) in zip(queries, answers) {
      #expect(answer == Self.expected(query), "fish, \(query)")
    }
  }

  @Test(.enabled(if: fish != nil, InstalledProgram.skipMessage("fish")))
  func fishScriptParses() throws {
    let folder = try Self.folder(["parley.fish": CompletionShell.fish.script(for: Self.specs)])
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = try #require(Self.fish).run(["--no-config", "-n", "parley.fish"], directory: folder)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stderr.isEmpty)
  }

  @Test(
    "zsh parses the script, and compinit registers _parley for parley",
    .enabled(if: zsh != nil, InstalledProgram.skipMessage("zsh")))
  func zshScriptParsesAndLoads() throws {
    let folder = try Self.folder(["_parley": CompletionShell.zsh.script(for: Self.specs)])
    defer { try? FileManager.default.removeItem(at: folder) }
    let zsh = try #require(Self.zsh)
    let parsed = try zsh.run(["-n", "_parley"], directory: folder)
    #expect(parsed.status == 0, "\(parsed.stderr)")
    #expect(parsed.stderr.isEmpty)
    var environment = ProcessInfo.processInfo.environment
    environment["HOME"] = folder.path
    let loaded = try zsh.run(
      [
        "-f", "-c",
        "fpath=(\(folder.path) $fpath); autoload -Uz compinit; compinit -u -D; print -r -- $_comps[parley]",
      ], directory: folder, environment: environment)
    #expect(loaded.status == 0, "\(loaded.stderr)")
    #expect(loaded.stdout == "_parley\n", "\(loaded.stdout)\(loaded.stderr)")
  }
}
