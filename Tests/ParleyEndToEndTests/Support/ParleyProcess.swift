import Foundation
import ParleyTestSupport

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What a finished `parley` run did.
struct ParleyResult: CustomStringConvertible, Sendable {
  /// The exit status, or 128 + the signal number when a signal ended it.
  var status: Int32
  var stdoutData: Data
  var stderrData: Data
  /// The run did not finish in time and was killed.
  var timedOut: Bool
  /// How long the run took, in seconds.
  var elapsed: TimeInterval

  var stdout: String { String(decoding: stdoutData, as: UTF8.self) }
  var stderr: String { String(decoding: stderrData, as: UTF8.self) }

  /// Whether any output (stdout or stderr) holds an ESC byte.
  var hasEscapes: Bool { stdoutData.contains(0x1b) || stderrData.contains(0x1b) }

  var description: String {
    """
    exit \(status)\(timedOut ? " (timed out, killed)" : "") after \(String(format: "%.2f", elapsed)) s
    --- stdout ---
    \(stdout)
    --- stderr ---
    \(stderr)
    """
  }
}

/// Runs a program with arguments, bytes on stdin and an exact environment,
/// capturing stdout, stderr and the exit status, and never waiting past a
/// timeout: a child still running then is killed (and the result says so).
enum ParleyProcess {
  /// Runs `executable` and waits for it, up to `timeout` seconds.
  ///
  /// stdin is a pipe holding `stdin` and then closed (end of input), so a
  /// program that asks for more than it was given sees the end, as a script would.
  static func run(
    executable: String, arguments: [String] = [], stdin: Data = Data(),
    environment: [String: String], directory: URL? = nil, timeout: TimeInterval = 20
  ) throws -> ParleyResult {
    let run = try ChildRun.run(
      executable, arguments, stdin: Array(stdin), environment: environment,
      directory: directory?.path, timeout: timeout)
    return ParleyResult(
      status: run.status, stdoutData: Data(run.stdout), stderrData: Data(run.stderr),
      timedOut: run.timedOut, elapsed: run.elapsed)
  }
}
