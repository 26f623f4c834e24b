import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The workspace's write lock: an exclusive `flock(2)` on `<workspace>/.lock`.
///
/// Every append and every case creation runs inside ``withLock(_:)``, so two
/// parley shells never interleave lines. The holder writes its pid into the
/// file (mode 0600) so a waiting process can say who is writing. The lock is
/// advisory and tied to the open file: it is released when the holder closes
/// the file or exits, even after a crash, so it is never left stale.
public struct WorkspaceLock: Hashable, Sendable {
  /// The lock file.
  public var url: URL
  /// How long to keep retrying while another process holds the lock.
  public var wait: Duration
  /// How long to sleep between tries.
  public var retryInterval: Duration

  /// A lock on the file at `url`.
  public init(url: URL, wait: Duration = .seconds(2), retryInterval: Duration = .milliseconds(20)) {
    self.url = url
    self.wait = wait
    self.retryInterval = retryInterval
  }

  /// The lock of the workspace whose folder is `root` (`<root>/.lock`).
  public init(workspaceRoot root: URL, wait: Duration = .seconds(2)) {
    self.init(url: root.appendingPathComponent(".lock", isDirectory: false), wait: wait)
  }

  /// Runs `body` while holding the lock, then releases it.
  ///
  /// - Throws: ``StoreError/lockBusy(pid:)`` when another process still
  ///   holds the lock after ``wait``; whatever `body` throws.
  public func withLock<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
    let fd = try acquire()
    defer { release(fd) }
    return try body()
  }

  /// Opens the lock file and takes the lock, retrying until ``wait`` runs out.
  private func acquire() throws(StoreError) -> Int32 {
    let path = url.path
    let fd = try FileIO.openFile(path, O_RDWR | O_CREAT, action: "open the lock file")
    guard fchmod(fd, FileIO.fileMode) == 0 || errno == EPERM else {
      let code = errno
      FileIO.closeFile(fd)
      throw StoreError.fromErrno(code, path: path, action: "set the permissions of")
    }
    let clock = ContinuousClock()
    let deadline = clock.now.advanced(by: wait)
    while true {
      if flock(fd, LOCK_EX | LOCK_NB) == 0 {
        let pid = Array("\(getpid())\n".utf8)
        _ = ftruncate(fd, 0)
        _ = pid.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        return fd
      }
      let code = errno
      if code == EINTR { continue }
      guard code == EWOULDBLOCK || code == EAGAIN else {
        FileIO.closeFile(fd)
        throw StoreError.fromErrno(code, path: path, action: "lock")
      }
      if clock.now >= deadline {
        let holder = holderPID(fd, path: path)
        FileIO.closeFile(fd)
        throw StoreError.lockBusy(pid: holder)
      }
      Self.sleep(retryInterval)
    }
  }

  /// Clears the recorded pid and releases the lock.
  private func release(_ fd: Int32) {
    _ = ftruncate(fd, 0)
    _ = flock(fd, LOCK_UN)
    FileIO.closeFile(fd)
  }

  /// The pid the current holder wrote, if it wrote one.
  private func holderPID(_ fd: Int32, path: String) -> Int32? {
    guard let bytes = try? FileIO.readBytes(fd, at: 0, count: 32, path: path) else { return nil }
    let text = String(decoding: bytes, as: UTF8.self).trimmingCharacters(
      in: .whitespacesAndNewlines)
    return Int32(text).flatMap { $0 > 0 ? $0 : nil }
  }

  /// Sleeps the calling thread for `duration`.
  private static func sleep(_ duration: Duration) {
    let (seconds, attoseconds) = duration.components
    var request = timespec(tv_sec: Int(seconds), tv_nsec: Int(attoseconds / 1_000_000_000))
    var remaining = timespec()
    while nanosleep(&request, &remaining) != 0 && errno == EINTR {
      request = remaining
    }
  }
}
