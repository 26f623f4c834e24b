import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A program started with `posix_spawn`, its standard input, output and error
/// on pipes.
///
/// Not Foundation's `Process`: on Linux its `run()` reads `/proc/self/fd`
/// with a 256-byte copy past the end of short directory entries, and a test
/// process with many descriptors open crashed in it now and then
/// (swift-corelibs-foundation PR 5472).
public struct ChildProcess: Sendable {
  /// Why a child could not be started.
  public struct Failure: Error, CustomStringConvertible {
    public var description: String

    /// A failure that says `description`.
    public init(description: String) { self.description = description }
  }

  /// The child's process id.
  public let pid: pid_t
  /// The write end of its standard input.
  public let input: Int32
  /// The read ends of its standard output and standard error.
  public let output: Int32
  public let errors: Int32

  /// Starts `executable` with `arguments`, in `directory` (else this one),
  /// with exactly `environment` (else this process's).
  public static func spawn(
    _ executable: String, _ arguments: [String], environment: [String: String]? = nil,
    directory: String? = nil
  ) throws -> ChildProcess {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    if let directory, addChangeDirectory(&actions, directory) != 0 {
      throw Failure(description: "cannot change to \(directory) for \(executable)")
    }
    let argv = ([executable] + arguments).map { strdup($0) }
    let envp = environment.map { $0.map { strdup("\($0.key)=\($0.value)") } }
    defer { (argv + (envp ?? [])).forEach { free($0) } }
    return try SpawnLock.withLock {
      var ends: [[Int32]] = []
      for _ in 0..<3 {
        var pair: [Int32] = [0, 0]
        guard pipe(&pair) == 0 else {
          ends.flatMap { $0 }.forEach { close($0) }
          throw Failure(description: "pipe: \(String(cString: strerror(errno)))")
        }
        for end in pair { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        ends.append(pair)
      }
      // The child's ends: stdin reads ends[0][0], stdout and stderr write ends[1][1], ends[2][1].
      posix_spawn_file_actions_adddup2(&actions, ends[0][0], 0)
      posix_spawn_file_actions_adddup2(&actions, ends[1][1], 1)
      posix_spawn_file_actions_adddup2(&actions, ends[2][1], 2)
      var child: pid_t = 0
      let result =
        if let envp {
          posix_spawn(&child, executable, &actions, nil, argv + [nil], envp + [nil])
        } else {
          posix_spawn(&child, executable, &actions, nil, argv + [nil], environ)
        }
      for end in [ends[0][0], ends[1][1], ends[2][1]] { close(end) }
      guard result == 0 else {
        for end in [ends[0][1], ends[1][0], ends[2][0]] { close(end) }
        throw Failure(
          description: "cannot run \(executable): \(String(cString: strerror(result)))")
      }
      return ChildProcess(pid: child, input: ends[0][1], output: ends[1][0], errors: ends[2][0])
    }
  }

  /// The exit status once the child has ended (128 + the signal when a
  /// signal ended it), or nil while it runs; `waiting` blocks until it ends.
  public func exitStatus(waiting: Bool) -> Int32? {
    var status: Int32 = 0
    while true {
      let reaped = waitpid(pid, &status, waiting ? 0 : WNOHANG)
      if reaped == pid { break }
      if reaped == 0 { return nil }
      if errno == EINTR { continue }
      return -1
    }
    let signal = status & 0x7f
    return signal == 0 ? (status >> 8) & 0xff : 128 + signal
  }

  /// Reads the child's standard output up to its first line break (or its end).
  public func firstLine() -> String {
    var line: [UInt8] = []
    var byte: UInt8 = 0
    while read(output, &byte, 1) == 1, byte != 0x0A { line.append(byte) }
    return String(decoding: line, as: UTF8.self)
  }

  /// Ends the child (with SIGTERM when `stopping`, else waits for it to end
  /// by itself), reaps it and closes its pipes; returns its exit status.
  @discardableResult
  public func finish(stopping: Bool) -> Int32? {
    if stopping { kill(pid, SIGTERM) }
    let status = exitStatus(waiting: true)
    for descriptor in [input, output, errors] { close(descriptor) }
    return status
  }

  /// `posix_spawn_file_actions_addchdir_np`, which the C library has (glibc
  /// 2.29, macOS 10.15) but Swift's Glibc module does not declare: found by name.
  public static func addChangeDirectory(
    _ actions: inout posix_spawn_file_actions_t, _ directory: String
  ) -> Int32 {
    typealias AddChdir =
      @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>)
      -> Int32
    guard let handle = dlopen(nil, RTLD_NOW),
      let symbol = dlsym(handle, "posix_spawn_file_actions_addchdir_np")
    else { return ENOSYS }
    let add = unsafeBitCast(symbol, to: AddChdir.self)
    return add(&actions, directory)
  }
}
