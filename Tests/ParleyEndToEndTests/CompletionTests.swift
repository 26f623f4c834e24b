import Foundation
import Testing

@Suite("parley completion and help --man, as a user's shell runs them")
struct CompletionTests {
  /// The program called `name` on PATH or in /usr/bin and /bin, if installed.
  static func program(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    return (path.split(separator: ":").map(String.init) + ["/usr/bin", "/bin"])
      .map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  static let bash = program("bash")
  static let fish = program("fish")

  static func skipMessage(_ shell: String) -> Comment {
    "skipped: \(shell) is not installed (Scripts/install-test-tools installs it with apt-get)"
  }

  /// A sandbox holding the Acme case, and a working folder with a few files.
  static func sandboxWithFiles() throws -> (ParleySandbox, URL) {
    let sandbox = try ParleySandbox()
    try sandbox.openAcme(withReminder: false)
    let folder = sandbox.root.appendingPathComponent("work", isDirectory: true)
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("nodes", isDirectory: true),
      withIntermediateDirectories: true)
    for name in ["notes.txt", "reply.eml"] {
      try "Hello".write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    return (sandbox, folder)
  }

  @Test(
    "bash: the script parses, and completes a command, an option, a draft kind, a plan command, a case id and a file",
    .enabled(if: bash != nil, skipMessage("bash")))
  func bashCompletes() throws {
    let (sandbox, folder) = try Self.sandboxWithFiles()
    let script = try sandbox.succeed("completion", "bash").stdout
    try script.write(
      to: folder.appendingPathComponent("parley.bash"), atomically: true, encoding: .utf8)
    let bash = try #require(Self.bash)
    let parsed = try ParleyProcess.run(
      executable: bash, arguments: ["-n", "parley.bash"], environment: sandbox.environment(),
      directory: folder)
    #expect(parsed.status == 0 && parsed.stderr.isEmpty, "\(parsed)")

    // The words as bash hands them to the function: the program as typed
    // (here the built binary's path, which the script asks for case ids), then
    // the words up to the cursor.
    let cases: [([String], [String])] = [
      (["ca"], ["call", "cases", "cashflow"]),
      (["log", "--ch"], ["--channel"]),
      (["log", "--channel", "me"], ["meeting", "message"]),
      (["draft", "fri"], ["friendly-reminder"]),
      (
        ["draft", "--case", "acme-ltd", "f"],
        ["final-reminder", "firm-reminder", "friendly-reminder"]
      ),
      (["plan", "ag"], ["agree"]),
      (["open", "a"], ["acme-ltd"]),
      (["show", "--case", ""], ["acme-ltd"]),
      (["check", "./no"], ["./nodes", "./notes.txt"]),
      (["import", "reply.eml", "--dry-run", "./no"], ["./nodes", "./notes.txt"]),
      (["export", "--out", "no"], ["nodes"]),
      (["completion", ""], ["bash", "fish", "zsh"]),
    ]
    let calls = cases.map { words, _ in
      let quoted = ([sandbox.executable] + words).map { "'\($0)'" }.joined(separator: " ")
      return """
        COMP_WORDS=(\(quoted)); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); COMPREPLY=()
        _parley
        printf '#%s\\n' "$(printf '%s\\n' "${COMPREPLY[@]}" | LC_ALL=C sort | tr '\\n' ' ')"
        """
    }
    let run = try ParleyProcess.run(
      executable: bash,
      arguments: [
        "--norc", "--noprofile", "-c", (["source ./parley.bash"] + calls).joined(separator: "\n"),
      ],
      environment: sandbox.environment(), directory: folder)
    #expect(run.stderr.isEmpty, "\(run)")
    let answers = run.stdout.split(separator: "\n").map {
      $0.dropFirst().split(separator: " ").map(String.init)
    }
    try #require(answers.count == cases.count, "\(run)")
    for ((words, expected), answer) in zip(cases, answers) {
      #expect(answer == expected, "bash: parley \(words.joined(separator: " "))")
    }
  }

  @Test(
    "fish: the script completes a case id, a draft kind, a plan command and a file",
    .enabled(if: fish != nil, skipMessage("fish")))
  func fishCompletes() throws {
    let (sandbox, folder) = try Self.sandboxWithFiles()
    let script = try sandbox.succeed("completion", "fish").stdout
    try script.write(
      to: folder.appendingPathComponent("parley.fish"), atomically: true, encoding: .utf8)
    let cases: [(String, [String])] = [
      ("open a", ["acme-ltd"]),
      ("show --case ", ["acme-ltd"]),
      ("draft fri", ["friendly-reminder"]),
      ("plan ag", ["agree"]),
      ("reply ./no", ["./nodes/", "./notes.txt"]),
    ]
    var environment = sandbox.environment()
    environment["LC_ALL"] = "C"
    let lines = cases.map { line, _ in
      "set -l words (complete -C \"\(sandbox.executable) \(line)\" | string replace -r '\\t.*' '' | sort)\necho \"#$words\""
    }
    let run = try ParleyProcess.run(
      executable: try #require(Self.fish),
      arguments: ["--no-config", "-c", (["source parley.fish"] + lines).joined(separator: "\n")],
      environment: environment, directory: folder)
    #expect(run.stderr.isEmpty, "\(run)")
    let answers = run.stdout.split(separator: "\n").map {
      $0.dropFirst().split(separator: " ").map(String.init)
    }
    try #require(answers.count == cases.count, "\(run)")
    for ((line, expected), answer) in zip(cases, answers) {
      #expect(answer == expected, "fish: parley \(line)")
    }
  }

  @Test("an unknown shell is a usage error (exit 2) that names the shells there are")
  func unknownShell() throws {
    let sandbox = try ParleySandbox()
    let run = try sandbox.run("completion", "tcsh")
    #expect(run.status == 2)
    #expect(run.stdout.isEmpty)
    #expect(
      run.stderr
        == "parley: parley has no completion script for 'tcsh'; it supports bash, zsh and fish\n"
        + "usage: parley completion SHELL [--case-ids]\n")
    let missing = try sandbox.run("completion")
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("bash, zsh or fish"))
  }

  @Test(
    "--case-ids lists the cases, quietly: nothing at all, and no workspace made, when there is none"
  )
  func caseIDsAreQuiet() throws {
    let sandbox = try ParleySandbox()
    let nowhere = sandbox.root.appendingPathComponent("no-workspace-here")
    let empty = try sandbox.run(
      ["completion", "--case-ids"], environment: ["PARLEY_HOME": nowhere.path])
    #expect(empty.status == 0)
    #expect(empty.stdout.isEmpty && empty.stderr.isEmpty, "\(empty)")
    #expect(!FileManager.default.fileExists(atPath: nowhere.path))

    try sandbox.openAcme(withReminder: false)
    try sandbox.succeed(
      "new", "--client", "Bob Smith", "--invoice", "7", "--amount", "90", "--issued",
      "2026-09-01", "--due", "2026-10-01")
    let listed = try sandbox.run("completion", "--case-ids")
    #expect(listed.status == 0 && listed.stderr.isEmpty)
    #expect(listed.stdout == "acme-ltd\nbob-smith\n")
  }

  @Test(
    "Scripts/install-completion puts the manual and the three scripts under the prefix, and says where",
    .enabled(if: bash != nil, skipMessage("bash")))
  func installScript() throws {
    let sandbox = try ParleySandbox()
    let script = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Scripts/install-completion").path
    let prefix = sandbox.root.appendingPathComponent("prefix")
    var environment = sandbox.environment()
    environment["PREFIX"] = prefix.path
    let run = try ParleyProcess.run(
      executable: try #require(Self.bash), arguments: [script, sandbox.executable],
      environment: environment)
    #expect(run.status == 0, "\(run)")
    let files = [
      ("share/man/man1/parley.1", ["help", "--man"]),
      ("share/bash-completion/completions/parley", ["completion", "bash"]),
      ("share/zsh/site-functions/_parley", ["completion", "zsh"]),
      ("share/fish/vendor_completions.d/parley.fish", ["completion", "fish"]),
    ]
    for (path, arguments) in files {
      let file = prefix.appendingPathComponent(path)
      #expect(run.stdout.contains(file.path), "the output does not say where \(path) went")
      let written = try String(contentsOf: file, encoding: .utf8)
      #expect(written == (try sandbox.run(arguments).stdout), "\(path)")
    }
    #expect(!FileManager.default.fileExists(atPath: sandbox.workspace.path))
  }

  @Test("help --man prints the manual page without making a workspace")
  func manualPage() throws {
    let sandbox = try ParleySandbox()
    let run = try sandbox.run("help", "--man")
    #expect(run.status == 0 && run.stderr.isEmpty, "\(run)")
    #expect(run.stdout.contains("\n.TH PARLEY 1 "))
    #expect(run.stdout.contains("\n.SS completion\n"))
    #expect(!FileManager.default.fileExists(atPath: sandbox.workspace.path))
    let named = try sandbox.run("help", "--man", "log")
    #expect(named.status == 2)
  }
}
