import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Serialises "make descriptors" with "spawn a child" across the test process.
///
/// Foundation's `Pipe()` makes descriptors without close-on-exec. Foundation's
/// own `Process` closes stray descriptors in its children, but ``PseudoTerminal``
/// spawns with `posix_spawn`, which does not: a pipe made by a concurrent test
/// between `pipe(2)` and our `fcntl(FD_CLOEXEC)` would leak into that child
/// and keep the pipe open (no end of input, no end of output) for as long as
/// the child lives. Holding this lock around both closes that window.
enum SpawnLock {
  private static let lock = NSLock()

  static func withLock<T>(_ body: () throws -> T) rethrows -> T {
    lock.lock()
    defer { lock.unlock() }
    return try body()
  }
}

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
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  private static let ignoreBrokenPipes: Void = {
    // The child may stop reading stdin early (an error ends a script): a write
    // to the pipe then fails with EPIPE instead of killing the test runner.
    _ = signal(SIGPIPE, SIG_IGN)
  }()

  /// Runs `executable` and waits for it, up to `timeout` seconds.
  ///
  /// stdin is a pipe holding `stdin` and then closed (end of input), so a
  /// program that asks for more than it was given sees the end, as a script would.
  static func run(
    executable: String, arguments: [String] = [], stdin: Data = Data(),
    environment: [String: String], directory: URL? = nil, timeout: TimeInterval = 20
  ) throws -> ParleyResult {
    _ = ignoreBrokenPipes
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.environment = environment
    if let directory { process.currentDirectoryURL = directory }

    let (input, output, errors) = SpawnLock.withLock { () -> (Pipe, Pipe, Pipe) in
      let pipes = (Pipe(), Pipe(), Pipe())
      for pipe in [pipes.0, pipes.1, pipes.2] {
        _ = fcntl(pipe.fileHandleForReading.fileDescriptor, F_SETFD, FD_CLOEXEC)
        _ = fcntl(pipe.fileHandleForWriting.fileDescriptor, F_SETFD, FD_CLOEXEC)
      }
      return pipes
    }
    process.standardInput = input
    process.standardOutput = output
    process.standardError = errors

    let start = Date()
    do {
      try process.run()
    } catch {
      throw Failure(description: "cannot run \(executable): \(error)")
    }

    var collector = Collector(
      stdin: Array(stdin), input: input.fileHandleForWriting,
      outputs: [output.fileHandleForReading, errors.fileHandleForReading])
    let deadline = start.addingTimeInterval(timeout)
    var timedOut = false
    while process.isRunning {
      if Date() >= deadline {
        timedOut = true
        kill(process.processIdentifier, SIGKILL)
        let reaped = Date().addingTimeInterval(10)
        while process.isRunning, Date() < reaped { usleep(10_000) }
        break
      }
      collector.pump(milliseconds: 20)
    }
    collector.finish()

    var status = process.terminationStatus
    if process.terminationReason == .uncaughtSignal { status += 128 }
    return ParleyResult(
      status: status, stdoutData: Data(collector.collected[0]),
      stderrData: Data(collector.collected[1]), timedOut: timedOut,
      elapsed: Date().timeIntervalSince(start))
  }
}

/// Feeds stdin and drains stdout and stderr with poll(2), in one thread, so
/// neither side can block the other however much either writes.
private struct Collector {
  private var pending: [UInt8]
  private var input: FileHandle?
  private let outputs: [FileHandle]
  private var open: [Bool]
  private(set) var collected: [[UInt8]]

  init(stdin: [UInt8], input: FileHandle, outputs: [FileHandle]) {
    pending = stdin
    self.input = input
    self.outputs = outputs
    open = outputs.map { _ in true }
    collected = outputs.map { _ in [] }
    _ = fcntl(input.fileDescriptor, F_SETFL, fcntl(input.fileDescriptor, F_GETFL) | O_NONBLOCK)
    for handle in outputs {
      _ = fcntl(handle.fileDescriptor, F_SETFL, fcntl(handle.fileDescriptor, F_GETFL) | O_NONBLOCK)
    }
    if pending.isEmpty { closeInput() }
  }

  /// Waits up to `milliseconds` for the child to read or write, then moves bytes.
  mutating func pump(milliseconds: Int32) {
    var descriptors: [pollfd] = []
    for (index, handle) in outputs.enumerated() where open[index] {
      descriptors.append(pollfd(fd: handle.fileDescriptor, events: Int16(POLLIN), revents: 0))
    }
    if let input {
      descriptors.append(pollfd(fd: input.fileDescriptor, events: Int16(POLLOUT), revents: 0))
    }
    if descriptors.isEmpty {
      usleep(UInt32(milliseconds) * 1000)
      return
    }
    _ = poll(&descriptors, nfds_t(descriptors.count), milliseconds)
    feed()
    drain()
  }

  /// After the child ended: take everything it left in the pipes.
  mutating func finish() {
    closeInput()
    drain()
  }

  private mutating func feed() {
    guard let input, !pending.isEmpty else { return }
    let written = pending.withUnsafeBytes { write(input.fileDescriptor, $0.baseAddress, $0.count) }
    if written > 0 {
      pending.removeFirst(written)
      if pending.isEmpty { closeInput() }
    } else if written < 0, errno != EAGAIN, errno != EINTR {
      closeInput()  // EPIPE: the child stopped reading.
    }
  }

  private mutating func drain() {
    var chunk = [UInt8](repeating: 0, count: 16 * 1024)
    for (index, handle) in outputs.enumerated() where open[index] {
      while true {
        let count = chunk.withUnsafeMutableBytes {
          read(handle.fileDescriptor, $0.baseAddress, $0.count)
        }
        if count > 0 {
          collected[index].append(contentsOf: chunk[0..<count])
        } else if count < 0, errno == EINTR {
          continue
        } else {
          if count == 0 { open[index] = false }  // end of file
          break  // EAGAIN: nothing more for now
        }
      }
    }
  }

  private mutating func closeInput() {
    try? input?.close()
    input = nil
  }
}
