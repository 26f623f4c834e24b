import Foundation
import Testing

@Suite("verify: a hand-edited or deleted line breaks the chain")
struct TamperTests {
  /// The journal's lines with their newlines, as bytes.
  private func lines(of data: Data) -> [Data] {
    data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
      .dropLast().map { Data($0) + Data("\n".utf8) }
  }

  @Test("changing one digit of an amount on the middle line: exit 1, naming that line")
  func editedAmount() throws {
    let sandbox = try ParleySandbox()
    try sandbox.openAcme()
    var lines = lines(of: try sandbox.journal())
    try #require(lines.count == 3)
    let middle = String(decoding: lines[1], as: UTF8.self)
    try #require(middle.contains("\"amount\":\"1200.50\""), "\(middle)")
    lines[1] = Data(middle.replacingOccurrences(of: "1200.50", with: "1200.90").utf8)
    try lines.reduce(Data(), +).write(to: sandbox.journalURL())

    let result = try sandbox.run("verify")
    #expect(result.status == 1, "\(result)")
    #expect(result.stdout.contains("acme-ltd: BROKEN"), "\(result)")
    #expect(result.stdout.contains("line 2"), "the edited line is not named: \(result)")

    let json = try sandbox.run("verify", "--json")
    #expect(json.status == 1)
    let report = try #require(
      ((try parseJSON(json.stdout) as? [String: Any])?["cases"] as? [[String: Any]])?.first)
    #expect(report["intact"] as? Bool == false)
  }

  @Test("deleting the middle line: exit 1, naming where the chain breaks")
  func deletedLine() throws {
    let sandbox = try ParleySandbox()
    try sandbox.openAcme()
    var lines = lines(of: try sandbox.journal())
    try #require(lines.count == 3)
    lines.remove(at: 1)
    try lines.reduce(Data(), +).write(to: sandbox.journalURL())

    let result = try sandbox.run("verify")
    #expect(result.status == 1, "\(result)")
    #expect(result.stdout.contains("acme-ltd: BROKEN"), "\(result)")
    #expect(result.stdout.contains("line 2"), "\(result)")
    #expect(result.stdout.contains("missing"), "\(result)")
  }

  @Test("a broken chain in one case does not hide that another is intact")
  func otherCasesStillReported() throws {
    let sandbox = try ParleySandbox()
    try sandbox.openAcme()
    try sandbox.succeed(
      "new", "--client", "Beta LLP", "--invoice", "B-1", "--amount", "90", "--issued",
      "2026-10-01", "--due", "2026-10-31")
    let original = try sandbox.journal()
    var bytes = [UInt8](original)
    let index = try #require(bytes.firstIndex(of: UInt8(ascii: "A")))  // "Acme Ltd"
    bytes[index] = UInt8(ascii: "B")
    try Data(bytes).write(to: sandbox.journalURL())

    let result = try sandbox.run("verify")
    #expect(result.status == 1, "\(result)")
    #expect(result.stdout.contains("acme-ltd: BROKEN"))
    #expect(result.stdout.contains("beta-llp: intact"))
  }
}

@Suite("Colour: never when stdout is not a terminal")
struct ColourTests {
  @Test(
    "no ANSI escapes in any output through a pipe, even with TERM=xterm and no NO_COLOR",
    arguments: [
      ["help"], ["help", "log"], ["cases"], ["show", "--case", "acme"], ["verify"], ["cass"],
      ["paid", "12.345", "--case", "acme"], ["cases", "--jsn"],
    ])
  func noEscapesThroughPipes(arguments: [String]) throws {
    let sandbox = try ParleySandbox()
    try sandbox.openAcme()
    var environment = sandbox.environment(terminal: true, color: true)
    environment["NO_COLOR"] = nil
    let result = try ParleyProcess.run(
      executable: sandbox.executable, arguments: arguments, environment: environment)
    #expect(!result.stdout.isEmpty || !result.stderr.isEmpty)
    #expect(!result.hasEscapes, "\(result)")
  }

  @Test("no ANSI escapes in a script either")
  func noEscapesInScripts() throws {
    let sandbox = try ParleySandbox()
    try sandbox.openAcme()
    let result = try sandbox.script(
      ["help", "cases", "open acme", "show", "verify", "paid 12.345"],
      environment: ["TERM": "xterm-256color", "NO_COLOR": ""])
    #expect(result.status == 1)
    #expect(result.stdout.contains("acme-ltd: intact"))
    #expect(!result.hasEscapes, "\(result)")
  }
}
