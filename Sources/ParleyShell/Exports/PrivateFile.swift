import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes exports the way the journal is kept: readable by the user alone
/// (0600 from the moment the file exists, whatever the umask), complete or not
/// at all (a temporary file beside it, fsynced, then renamed into place).
enum PrivateFile {
  /// Writes `text` to `path`, replacing any file there.
  static func write(_ text: String, to path: String) throws {
    let url = URL(fileURLWithPath: path)
    let temporary = url.deletingLastPathComponent()
      .appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp").path
    let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard fd >= 0 else { throw failure(path, errno) }
    if let code = DescriptorWriter.writeAll(text, to: fd) {
      close(fd)
      unlink(temporary)
      throw failure(path, code)
    }
    let synced = fsync(fd) == 0
    close(fd)
    guard synced, rename(temporary, path) == 0 else {
      let code = errno
      unlink(temporary)
      throw failure(path, code)
    }
  }

  private static func failure(_ path: String, _ code: Int32) -> ShellError {
    .invalid(
      "could not write \(path): \(String(cString: strerror(code))); check that the folder "
        + "exists and you can write to it")
  }
}
