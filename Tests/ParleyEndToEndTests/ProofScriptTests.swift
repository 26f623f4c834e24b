import Foundation
import Testing

/// The reliability proofs kept in `Scripts/`, in short versions, on the built
/// binary: crashes, tampering and bad input. The full runs and their figures
/// are in the README.
@Suite("The proofs in Scripts, short versions")
struct ProofScriptTests {
  /// Why the proofs are skipped: they are Python scripts.
  static let skipMessage = "no python3 on PATH or at /usr/bin/python3: the proof scripts need it"

  /// The first python3 found, or nil.
  static let python: String? = IndependentICSCheck.candidatePythons.first

  /// Runs `Scripts/NAME` with `arguments`, then the binary's path; expects it to pass.
  private func prove(_ name: String, _ arguments: [String], timeout: TimeInterval) throws
    -> String
  {
    let python = try #require(Self.python)
    let binary = try #require(PseudoTerminal.builtProduct(named: "parley"))
    let script = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Scripts/\(name)").path
    let result = try ParleyProcess.run(
      executable: python, arguments: [script] + arguments + [binary],
      environment: ProcessInfo.processInfo.environment, timeout: timeout)
    #expect(result.status == 0, "\(name): \(result)")
    return result.stdout
  }

  @Test(
    "writers, a 'new' and an 8 MB log killed mid-write: nothing acknowledged lost, all verifies",
    .enabled(if: python != nil, "\(skipMessage)"))
  func crashes() throws {
    let output = try prove("prove-crashes", ["3", "3"], timeout: 240)
    #expect(output.contains(" 0 lost,"), "\(output)")
    #expect(output.contains(", 0 a half-made one;"), "\(output)")
  }

  @Test(
    "every kind of tampering is caught, and the refused append changes nothing",
    .enabled(if: python != nil, "\(skipMessage)"))
  func tampering() throws {
    let output = try prove("prove-tamper", [], timeout: 240)
    #expect(!output.contains("MISSED"), "\(output)")
  }

  @Test(
    "bad input to every command: refused with a message, no crash or hang, workspace unchanged",
    .enabled(if: python != nil, "\(skipMessage)"))
  func badInput() throws {
    let output = try prove("prove-bad-input", ["--quick"], timeout: 600)
    #expect(output.contains("0 crashed, 0 hung"), "\(output)")
  }
}
