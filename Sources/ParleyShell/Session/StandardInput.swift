import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads all of standard input, for `check -` and `reply -`.
///
/// Foundation's `readDataToEndOfFile()` traps when a read is interrupted
/// (EINTR), which is what Ctrl-C does under parley's SIGINT handler; this
/// reads with `read(2)` and turns Ctrl-C into a clean cancellation.
enum StandardInput {
  /// Every byte until the end of input.
  ///
  /// - Throws: ``ShellError/interrupted(_:)`` when Ctrl-C is pressed, and
  ///   ``ShellError/data(_:)`` when standard input cannot be read.
  static func readAll(descriptor: Int32 = STDIN_FILENO) throws -> Data {
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count > 0 {
        data.append(contentsOf: buffer[0..<count])
      } else if count == 0 {
        return data
      } else if errno == EINTR {
        if InterruptSignal.take() {
          throw ShellError.interrupted("cancelled; nothing was read or saved")
        }
      } else {
        throw ShellError.data(
          "standard input cannot be read (\(String(cString: strerror(errno))))")
      }
    }
  }
}
