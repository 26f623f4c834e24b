import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What a finished child did: its status, its output, and whether it was stopped.
public struct ChildRun: Sendable {
  /// The exit status, or 128 + the signal number when a signal ended it.
  public var status: Int32
  public var stdout: [UInt8]
  public var stderr: [UInt8]
  /// The run did not finish in time and was killed.
  public var timedOut: Bool
  /// How long the run took, in seconds.
  public var elapsed: TimeInterval

  private static let ignoreBrokenPipes: Void = {
    // The child may stop reading stdin early (an error ends a script): a write
    // to the pipe then fails with EPIPE instead of killing the test runner.
    _ = signal(SIGPIPE, SIG_IGN)
  }()

  /// Runs `executable` and waits for it, up to `timeout` seconds: a child
  /// still running then is killed (and the result says so).
  ///
  /// stdin is a pipe holding `stdin` and then closed (end of input), so a
  /// program that asks for more than it was given sees the end, as a script
  /// would. stdout and stderr are drained as they come, so neither blocks.
  public static func run(
    _ executable: String, _ arguments: [String] = [], stdin: [UInt8] = [],
    environment: [String: String]? = nil, directory: String? = nil,
    timeout: TimeInterval = 60
  ) throws -> ChildRun {
    _ = ignoreBrokenPipes
    let start = Date()
    let child = try ChildProcess.spawn(
      executable, arguments, environment: environment, directory: directory)
    var collector = Collector(
      stdin: stdin, input: child.input, outputs: [child.output, child.errors])
    let deadline = start.addingTimeInterval(timeout)
    var timedOut = false
    var status: Int32?
    while status == nil {
      status = child.exitStatus(waiting: false)
      guard status == nil else { break }
      if Date() >= deadline {
        timedOut = true
        kill(child.pid, SIGKILL)
        status = child.exitStatus(waiting: true)
        break
      }
      collector.pump(milliseconds: 20)
    }
    collector.finish()
    return ChildRun(
      status: status ?? -1, stdout: collector.collected[0], stderr: collector.collected[1],
      timedOut: timedOut, elapsed: Date().timeIntervalSince(start))
  }
}

/// Feeds stdin and drains stdout and stderr with poll(2), in one thread, so
/// neither side can block the other however much either writes.
private struct Collector {
  private var pending: [UInt8]
  private var input: Int32?
  private let outputs: [Int32]
  private var open: [Bool]
  private(set) var collected: [[UInt8]]

  init(stdin: [UInt8], input: Int32, outputs: [Int32]) {
    pending = stdin
    self.input = input
    self.outputs = outputs
    open = outputs.map { _ in true }
    collected = outputs.map { _ in [] }
    for descriptor in [input] + outputs {
      _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
    }
    if pending.isEmpty { closeInput() }
  }

  /// Waits up to `milliseconds` for the child to read or write, then moves bytes.
  mutating func pump(milliseconds: Int32) {
    var descriptors: [pollfd] = []
    for (index, descriptor) in outputs.enumerated() where open[index] {
      descriptors.append(pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0))
    }
    if let input {
      descriptors.append(pollfd(fd: input, events: Int16(POLLOUT), revents: 0))
    }
    if descriptors.isEmpty {
      usleep(UInt32(milliseconds) * 1000)
      return
    }
    _ = poll(&descriptors, nfds_t(descriptors.count), milliseconds)
    feed()
    drain()
  }

  /// After the child ended: take everything it left in the pipes, and close them.
  mutating func finish() {
    closeInput()
    drain()
    for descriptor in outputs { close(descriptor) }
  }

  private mutating func feed() {
    guard let input, !pending.isEmpty else { return }
    let written = pending.withUnsafeBytes { write(input, $0.baseAddress, $0.count) }
    if written > 0 {
      pending.removeFirst(written)
      if pending.isEmpty { closeInput() }
    } else if written < 0, errno != EAGAIN, errno != EINTR {
      closeInput()  // EPIPE: the child stopped reading.
    }
  }

  private mutating func drain() {
    var chunk = [UInt8](repeating: 0, count: 16 * 1024)
    for (index, descriptor) in outputs.enumerated() where open[index] {
      while true {
        let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
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
    if let input { close(input) }
    input = nil
  }
}
