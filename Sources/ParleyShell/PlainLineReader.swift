import CEditLine

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads lines from a file descriptor with read(2): for scripts and pipes, and
/// for terminals where libedit is not wanted (`TERM=dumb`, Emacs shells).
///
/// Lines end at `"\n"`; a trailing `"\r"` is dropped; a line whose bytes are
/// not UTF-8 is ``LineInput/notUTF8``, never silently turned into U+FFFD. A last line without a newline is still
/// a line. Once the input has ended, it is never read again, so asking for
/// more never blocks.
public final class PlainLineReader: LineReader {
  public let isInteractive: Bool
  public private(set) var lineNumber = 0

  private let fileDescriptor: Int32
  private var buffer: [UInt8] = []
  private var start = 0
  private var ended = false

  /// Reads from `fileDescriptor` (stdin by default).
  ///
  /// - Parameter showsPrompts: write prompts to stdout and report
  ///   ``isInteractive``: for a terminal without libedit. Scripts leave it off,
  ///   so nothing but command output reaches stdout.
  public init(fileDescriptor: Int32 = STDIN_FILENO, showsPrompts: Bool = false) {
    self.fileDescriptor = fileDescriptor
    self.isInteractive = showsPrompts
    if showsPrompts { InterruptSignal.install() }
  }

  public func readLine(prompt: String) -> LineInput {
    if isInteractive {
      _ = InterruptSignal.take()  // A Ctrl-C from before this prompt is spent.
      // A prompt can quote what was typed before (a default answer): escaped.
      if !prompt.isEmpty { parley_write_stdout(TerminalText.safe(prompt)) }
    }
    while true {
      if let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
        let line = decode(buffer[start..<newline])
        start = newline + 1
        compact()
        return line
      }
      if ended {
        guard start < buffer.count else { return .endOfInput }
        let line = decode(buffer[start...])
        start = buffer.count
        compact()
        return line
      }
      switch fill() {
      case .data: continue
      case .end: ended = true
      case .interrupted:
        // Ctrl-C: the terminal already dropped the typed text; drop ours too.
        buffer.removeAll(keepingCapacity: true)
        start = 0
        if isInteractive { parley_write_stdout("\n") }
        return .interrupted
      }
    }
  }

  /// Plain input keeps no history.
  public func remember(_ line: String) {}

  // MARK: - Reading

  private enum Fill { case data, end, interrupted }

  private func fill() -> Fill {
    let chunk = 64 * 1024
    var bytes = [UInt8](repeating: 0, count: chunk)
    while true {
      if InterruptSignal.take() { return .interrupted }
      if isInteractive {
        // Wait in short slices: a Ctrl-C landing just before read(2) would
        // otherwise be missed until the next key.
        var descriptor = pollfd(fd: fileDescriptor, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, 100)
        if ready == 0 || (ready < 0 && errno == EINTR) { continue }
      }
      let count = bytes.withUnsafeMutableBytes { read(fileDescriptor, $0.baseAddress, chunk) }
      if count > 0 {
        buffer.append(contentsOf: bytes[0..<count])
        return .data
      }
      if count == 0 { return .end }
      if errno == EINTR { continue }
      return .end  // EIO (terminal gone), EBADF, ...: no more input either way.
    }
  }

  private func decode(_ bytes: ArraySlice<UInt8>) -> LineInput {
    lineNumber += 1
    let body = bytes.last == UInt8(ascii: "\r") ? bytes.dropLast() : bytes
    guard let text = String(validating: body, as: UTF8.self) else { return .notUTF8 }
    return .line(text)
  }

  private func compact() {
    if start == buffer.count {
      buffer.removeAll(keepingCapacity: true)
      start = 0
    } else if start > 64 * 1024 {
      buffer.removeFirst(start)
      start = 0
    }
  }
}
