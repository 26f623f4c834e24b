import Foundation
import Testing

/// A `parley` copied away from its build folder (to `~/bin`, say) and run from
/// an empty folder has everything it needs: the profiles and models are in it.
@Suite("A copied binary works on its own")
struct CopiedBinaryTests {
  /// Copies the binary through a descriptor that closes on exec: a process
  /// another test starts while the copy is open would otherwise inherit it
  /// for writing, and running the copy would fail with "Text file busy".
  static func copyExecutable(_ source: String, to destination: String) throws {
    let bytes = try Data(contentsOf: URL(fileURLWithPath: source))
    let descriptor = open(destination, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o755)
    try #require(descriptor >= 0, "cannot create \(destination)")
    defer { close(descriptor) }
    let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    try #require(written == bytes.count, "wrote \(written) of \(bytes.count) bytes")
  }

  @Test func aCopiedBinaryListsEveryProfileAndRunsACase() throws {
    let sandbox = try ParleySandbox()
    let bin = sandbox.root.appendingPathComponent("bin", isDirectory: true)
    let empty = sandbox.root.appendingPathComponent("empty", isDirectory: true)
    for folder in [bin, empty] {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }
    let copy = bin.appendingPathComponent("parley")
    try Self.copyExecutable(sandbox.executable, to: copy.path)
    let besideCopy = try FileManager.default.contentsOfDirectory(atPath: bin.path)
    #expect(besideCopy == ["parley"])

    func run(_ arguments: String..., stdin: String = "") throws -> ParleyResult {
      let result = try ParleyProcess.run(
        executable: copy.path, arguments: arguments, stdin: Data(stdin.utf8),
        environment: sandbox.environment(), directory: empty)
      #expect(result.status == 0, "parley \(arguments.joined(separator: " ")): \(result)")
      return result
    }
    let listed = try run("jurisdictions")
    for id in [
      "gb-ewl", "gb-sct", "gb-nir", "us-ca", "us-ny", "us-tx", "us-fl", "au-nsw", "ca-on",
      "generic",
    ] {
      #expect(listed.stdout.contains("\n\(id) "), "\(id) is not listed")
    }
    _ = try run(
      "new", "--client", "Acme Ltd", "--invoice", "INV-042", "--amount", "1200.50",
      "--issued", "2026-09-01", "--due", "2026-10-01")
    _ = try run("log", "--case", "acme", "--channel", "email", "--out", "--summary", "reminder")
    #expect(
      try run("next", "--case", "acme").stdout.contains("It becomes reasonable on 6 Dec 2026"))
    #expect(try run("interest", "--case", "acme").stdout.contains("not legal advice"))
    let checked = try run(
      "check", "-", stdin: "Hi Sam, could you let me know when INV-042 will be paid?\n")
    #expect(checked.stdout.contains("Verdict: send."), "\(checked)")
  }
}
