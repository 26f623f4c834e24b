import Foundation

/// Serialises "make descriptors" with "spawn a child" across the test process.
///
/// `pipe(2)` and `openpty(3)` make descriptors without close-on-exec, and
/// `posix_spawn` passes every such descriptor on: a pipe made by a concurrent
/// test between its creation and its `fcntl(FD_CLOEXEC)` would leak into that
/// child and keep the pipe open (no end of input, no end of output) for as
/// long as the child lives. Holding this lock around both closes that window.
public enum SpawnLock {
  private static let lock = NSLock()

  /// Runs `body` holding the lock.
  public static func withLock<T>(_ body: () throws -> T) rethrows -> T {
    lock.lock()
    defer { lock.unlock() }
    return try body()
  }
}
