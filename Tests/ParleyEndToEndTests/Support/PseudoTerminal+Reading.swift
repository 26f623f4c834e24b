import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension PseudoTerminal {
  /// Waits up to `timeout` seconds until the child sits blocked in read(2) on
  /// its standard input, i.e. it waits for a key. A Ctrl-C sent then reaches
  /// a program waiting for input, not one between two steps of its own.
  ///
  /// Linux: from `/proc/PID/syscall`. Elsewhere: a short pause.
  @discardableResult
  func waitUntilReadingInput(timeout: TimeInterval = 10) -> Bool {
    #if os(Linux)
      #if arch(x86_64)
        let read = "0"
      #elseif arch(arm64)
        let read = "63"
      #else
        let read = ""
      #endif
      guard !read.isEmpty else {
        usleep(200_000)
        return true
      }
      return waitUntil(timeout: timeout) { terminal in
        guard
          let text = try? String(contentsOfFile: "/proc/\(terminal.pid)/syscall", encoding: .utf8)
        else { return false }
        let fields = text.split(separator: " ")
        return fields.count > 1 && fields[0] == read && fields[1] == "0x0"
      }
    #else
      usleep(200_000)
      return true
    #endif
  }
}
