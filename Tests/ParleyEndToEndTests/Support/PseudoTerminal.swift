import Foundation
import ParleyTestSupport

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs a program under a real pseudo-terminal, like a person at a terminal:
/// the child gets the terminal as stdin/stdout/stderr and as its controlling
/// terminal, so typing Ctrl-C (`"\u{3}"`) sends it SIGINT and Ctrl-D
/// (`"\u{4}"`) on an empty line is end of input.
///
/// The child is spawned with `posix_spawn` and `POSIX_SPAWN_SETSID`; the
/// session leader then opens the terminal's slave side, which makes it the
/// controlling terminal (Linux). Output is read with poll(2) and never blocks
/// past the timeout; the child is killed when the harness goes away.
///
/// ``waitFor(_:timeout:)`` works like expect(1): it searches the output after
/// the previous match, so waiting for the same prompt twice waits for two prompts.
final class PseudoTerminal {
  /// Why the harness could not start.
  struct Failure: Error, CustomStringConvertible {
    var step: String
    var code: Int32
    var description: String { "\(step): \(String(cString: strerror(code)))" }
  }

  /// The child's process id.
  let pid: pid_t
  /// Every byte the child wrote, unmodified.
  private(set) var transcript: [UInt8] = []
  /// Index into ``transcript`` just after the last match.
  private(set) var consumed = 0

  private var master: Int32
  private var exitStatus: Int32?
  private var masterHungUp = false

  /// The output so far, as text (escape sequences kept).
  var output: String { String(decoding: transcript, as: UTF8.self) }
  /// The output so far with ANSI escape sequences removed.
  var visibleOutput: String { Self.stripANSI(output) }

  /// Starts `executable` with `arguments` and exactly `environment` under a new
  /// pseudo-terminal of `columns` x `rows`, in `directory` (else this process's).
  init(
    executable: String, arguments: [String] = [], environment: [String: String],
    directory: String? = nil, columns: UInt16 = 80, rows: UInt16 = 24
  ) throws {
    var masterFD: Int32 = -1
    var slaveFD: Int32 = -1
    var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
    guard openpty(&masterFD, &slaveFD, nil, nil, &size) == 0 else {
      throw Failure(step: "openpty", code: errno)
    }
    defer { _ = closeDescriptor(slaveFD) }
    // ttyname_r, not ttyname: tests run in parallel and ttyname's buffer is
    // shared, so a child could open another test's terminal.
    var nameBuffer = [CChar](repeating: 0, count: 256)
    let nameResult = ttyname_r(slaveFD, &nameBuffer, nameBuffer.count)
    guard nameResult == 0 else {
      _ = closeDescriptor(masterFD)
      throw Failure(step: "ttyname_r", code: nameResult)
    }
    let name = String(
      decoding: nameBuffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    // Other tests spawn children concurrently: keep our ends out of them.
    _ = fcntl(masterFD, F_SETFD, FD_CLOEXEC)
    _ = fcntl(slaveFD, F_SETFD, FD_CLOEXEC)
    _ = fcntl(masterFD, F_SETFL, fcntl(masterFD, F_GETFL) | O_NONBLOCK)
    _ = ioctl(masterFD, UInt(TIOCSWINSZ), &size)

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    // Opened after setsid() (by the session leader, without O_NOCTTY): this
    // makes the terminal the child's controlling terminal.
    posix_spawn_file_actions_addopen(&actions, 0, name, O_RDWR, 0)
    posix_spawn_file_actions_adddup2(&actions, 0, 1)
    posix_spawn_file_actions_adddup2(&actions, 0, 2)
    if let directory {
      guard ChildProcess.addChangeDirectory(&actions, directory) == 0 else {
        _ = closeDescriptor(masterFD)
        throw Failure(step: "posix_spawn_file_actions_addchdir_np \(directory)", code: errno)
      }
    }

    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGPIPE, SIGTSTP, SIGTTIN, SIGTTOU] {
      sigaddset(&defaults, signal)
    }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    var mask = sigset_t()
    sigemptyset(&mask)
    posix_spawnattr_setsigmask(&attributes, &mask)
    let setSessionID: Int32 = 0x80  // POSIX_SPAWN_SETSID (glibc >= 2.26), not imported
    posix_spawnattr_setflags(
      &attributes, Int16(setSessionID | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

    let argv = ([executable] + arguments).map { strdup($0) }
    let envp = environment.map { strdup("\($0.key)=\($0.value)") }
    defer { (argv + envp).forEach { free($0) } }
    var child: pid_t = 0
    // Not while another test makes pipes: they are not close-on-exec until
    // that test marks them so (see SpawnLock), and posix_spawn passes them on.
    let result = SpawnLock.withLock {
      posix_spawn(&child, executable, &actions, &attributes, argv + [nil], envp + [nil])
    }
    guard result == 0 else {
      _ = closeDescriptor(masterFD)
      throw Failure(step: "posix_spawn \(executable)", code: result)
    }
    pid = child
    master = masterFD
  }

  deinit {
    if exitStatus == nil {
      kill(pid, SIGKILL)
      var status: Int32 = 0
      while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    }
    if master >= 0 { _ = closeDescriptor(master) }
  }

  // MARK: - Typing

  /// Types `text` (e.g. `"hello\r"`, `"\u{1b}[A"` for Up, `"\t"`, `"\u{3}"`).
  func send(_ text: String) {
    let bytes = Array(text.utf8)
    var offset = 0
    let deadline = Date().addingTimeInterval(10)
    while offset < bytes.count, master >= 0, Date() < deadline {
      let written = bytes[offset...].withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
      if written > 0 {
        offset += written
      } else if written < 0, errno == EAGAIN || errno == EINTR {
        pump(milliseconds: 10)  // Let the child drain its side, and read its output.
      } else {
        return
      }
    }
  }

  /// Closes our side of the terminal: the child sees a hang-up (SIGHUP, EIO).
  func close() {
    guard master >= 0 else { return }
    _ = closeDescriptor(master)
    master = -1
  }

  // MARK: - Reading

  /// Waits up to `timeout` seconds for `text` to appear after the previous
  /// match, in the raw output or with escape sequences removed. Returns false
  /// on timeout or when the child closed the terminal without printing it.
  @discardableResult
  func waitFor(_ text: String, timeout: TimeInterval = 10) -> Bool {
    let needle = Array(text.utf8)
    let deadline = Date().addingTimeInterval(timeout)
    while true {
      if let end = match(needle) {
        consumed = end
        return true
      }
      let remaining = deadline.timeIntervalSinceNow
      if remaining <= 0 || masterHungUp || master < 0 { return false }
      pump(milliseconds: Int32(min(remaining, 0.2) * 1000) + 1)
    }
  }

  /// Whether the terminal is in raw (non-canonical) mode, as a line editor
  /// sets it while it reads keys. Typing before that races the editor: the
  /// kernel echoes the keys itself, and a Ctrl-D there is lost.
  var isRaw: Bool {
    guard master >= 0 else { return false }
    var settings = termios()
    guard tcgetattr(master, &settings) == 0 else { return false }
    return settings.c_lflag & tcflag_t(ICANON) == 0
  }

  /// Waits up to `timeout` seconds for `prompt` (see ``waitFor(_:timeout:)``)
  /// and then for a line editor to be reading keys (``isRaw``).
  @discardableResult
  func waitForEditor(prompt: String, timeout: TimeInterval = 10) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    guard waitFor(prompt, timeout: timeout) else { return false }
    while !isRaw {
      if Date() >= deadline || masterHungUp { return false }
      pump(milliseconds: 5)
    }
    return true
  }

  /// Waits up to `timeout` seconds, reading the child's output meanwhile, until
  /// `condition` holds (e.g. on ``screenLines``). Returns false on timeout or
  /// when the child closed the terminal and the condition still does not hold.
  @discardableResult
  func waitUntil(timeout: TimeInterval = 10, _ condition: (PseudoTerminal) -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while true {
      if condition(self) { return true }
      let remaining = deadline.timeIntervalSinceNow
      if remaining <= 0 || masterHungUp || master < 0 {
        pump(milliseconds: 0)
        return condition(self)
      }
      pump(milliseconds: Int32(min(remaining, 0.05) * 1000) + 1)
    }
  }

  /// The output after the last match, with escape sequences removed.
  var pendingVisibleOutput: String {
    Self.stripANSI(String(decoding: transcript[consumed...], as: UTF8.self))
  }

  /// Waits up to `timeout` seconds for the child to exit, reading its output
  /// meanwhile. Returns its exit status, 128 + the signal number if a signal
  /// killed it, or nil on timeout.
  func waitForExit(timeout: TimeInterval = 10) -> Int32? {
    if let exitStatus { return exitStatus }
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      var status: Int32 = 0
      let result = waitpid(pid, &status, WNOHANG)
      if result == pid {
        let signal = status & 0x7f
        let code = signal == 0 ? (status >> 8) & 0xff : 128 + signal
        exitStatus = code
        pump(milliseconds: 0)
        return code
      }
      if result == -1, errno != EINTR { return nil }
      if masterHungUp || master < 0 {
        usleep(10_000)
      } else {
        pump(milliseconds: 10)
      }
    }
    return nil
  }

  /// Reads whatever the child wrote, waiting up to `milliseconds` for something.
  private func pump(milliseconds: Int32) {
    guard master >= 0, !masterHungUp else { return }
    var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
    let ready = poll(&descriptor, 1, milliseconds)
    guard ready > 0 else { return }
    var chunk = [UInt8](repeating: 0, count: 4096)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
      if count > 0 {
        transcript.append(contentsOf: chunk[0..<count])
        continue
      }
      if count < 0, errno == EINTR { continue }
      if count < 0, errno == EAGAIN { return }
      masterHungUp = true  // EIO: every copy of the slave side is closed.
      return
    }
  }

  private func match(_ needle: [UInt8]) -> Int? {
    let haystack = transcript[consumed...]
    if let range = firstRange(of: needle, in: Array(haystack)) {
      return consumed + range.upperBound
    }
    let (visible, origins) = Self.stripANSI(bytes: Array(haystack))
    guard let range = firstRange(of: needle, in: visible), range.upperBound > 0 else { return nil }
    return consumed + origins[range.upperBound - 1] + 1
  }

  private func firstRange(of needle: [UInt8], in haystack: [UInt8]) -> Range<Int>? {
    guard !needle.isEmpty else { return 0..<0 }
    guard haystack.count >= needle.count else { return nil }
    for start in 0...(haystack.count - needle.count)
    where haystack[start..<(start + needle.count)].elementsEqual(needle) {
      return start..<(start + needle.count)
    }
    return nil
  }

  // MARK: - Helpers

  /// Removes ANSI escape sequences (CSI `ESC [ ... final`, OSC `ESC ] ... BEL`
  /// or `ESC \`, and two-byte `ESC x`) and NUL padding; keeps `\r` and `\n`.
  static func stripANSI(_ text: String) -> String {
    String(decoding: stripANSI(bytes: Array(text.utf8)).bytes, as: UTF8.self)
  }

  /// The bytes without escape sequences, and for each kept byte its index in `bytes`.
  static func stripANSI(bytes: [UInt8]) -> (bytes: [UInt8], origins: [Int]) {
    var kept: [UInt8] = []
    var origins: [Int] = []
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte == 0 {
        index += 1
        continue
      }
      guard byte == 0x1b else {
        kept.append(byte)
        origins.append(index)
        index += 1
        continue
      }
      index += 1
      guard index < bytes.count else { break }
      switch bytes[index] {
      case UInt8(ascii: "["):
        index += 1
        while index < bytes.count, !(0x40...0x7e).contains(bytes[index]) { index += 1 }
        index += 1
      case UInt8(ascii: "]"):
        index += 1
        while index < bytes.count, bytes[index] != 0x07 {
          if bytes[index] == 0x1b, index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\\") {
            index += 1
            break
          }
          index += 1
        }
        index += 1
      default:
        // ESC, intermediate bytes (e.g. "(" in ESC ( B), then one final byte.
        while index < bytes.count, (0x20...0x2f).contains(bytes[index]) { index += 1 }
        index += 1
      }
    }
    return (kept, origins)
  }

  /// `text` with `"\r\n"` and lone `"\r"` turned into `"\n"`.
  static func normalizingNewlines(_ text: String) -> String {
    text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
  }

  /// The path of an executable built by SwiftPM next to the test bundle
  /// (`.build/<triple>/debug/<name>`), or nil when it is not there.
  static func builtProduct(named name: String) -> String? {
    var candidates = [Bundle.main.bundleURL.appendingPathComponent(name).path]
    for bundle in Bundle.allBundles {
      candidates.append(
        bundle.bundleURL.deletingLastPathComponent().appendingPathComponent(name).path)
    }
    let packageRoot = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    candidates.append(packageRoot.appendingPathComponent(".build/debug/\(name)").path)
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  /// A small, predictable environment for a child: TERM=xterm, UTF-8 locale,
  /// the test's PATH and HOME, no pager, plus `extra`.
  static func environment(_ extra: [String: String] = [:]) -> [String: String] {
    let parent = ProcessInfo.processInfo.environment
    var environment = [
      "TERM": "xterm",
      "LANG": "C.UTF-8",
      "LC_ALL": "C.UTF-8",
      "PATH": parent["PATH"] ?? "/usr/local/bin:/usr/bin:/bin",
      "HOME": parent["HOME"] ?? "/tmp",
      "PAGER": "cat",  // long output must not wait in less for a key
    ]
    environment.merge(extra) { _, new in new }
    return environment
  }
}

private func closeDescriptor(_ descriptor: Int32) -> Int32 {
  close(descriptor)
}
