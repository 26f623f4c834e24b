#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Thin wrappers over POSIX file calls that turn `errno` into ``StoreError``.
///
/// Every file parley creates gets mode 0600 and every folder 0700, set
/// explicitly with `fchmod`/`chmod` so the user's umask does not matter.
enum FileIO {
  /// The mode of every file parley creates.
  static let fileMode: mode_t = 0o600
  /// The mode of every folder parley creates.
  static let folderMode: mode_t = 0o700

  /// The system's text for an `errno` value.
  static func describe(_ code: Int32) -> String {
    String(cString: strerror(code))
  }

  /// Opens `path` with `flags`, retrying when interrupted.
  static func openFile(_ path: String, _ flags: Int32, action: String) throws(StoreError) -> Int32 {
    while true {
      let fd = open(path, flags | O_CLOEXEC, fileMode)
      if fd >= 0 { return fd }
      if errno == EINTR { continue }
      throw StoreError.fromErrno(errno, path: path, action: action)
    }
  }

  /// Creates `path`, failing if it exists, with mode 0600 whatever the umask.
  static func createExclusive(_ path: String) throws(StoreError) -> Int32 {
    let fd = try openFile(path, O_WRONLY | O_CREAT | O_EXCL | O_APPEND, action: "create")
    if fchmod(fd, fileMode) != 0 {
      let code = errno
      _ = close(fd)
      throw StoreError.fromErrno(code, path: path, action: "set the permissions of")
    }
    return fd
  }

  /// Closes `fd`, ignoring errors (used after the data is already fsynced).
  static func closeFile(_ fd: Int32) {
    _ = close(fd)
  }

  /// The size of the open file `fd`.
  static func size(_ fd: Int32, path: String) throws(StoreError) -> Int {
    var info = stat()
    guard fstat(fd, &info) == 0 else {
      throw StoreError.fromErrno(errno, path: path, action: "read the size of")
    }
    return Int(info.st_size)
  }

  /// Reads up to `count` bytes of `fd` from `offset` (fewer only at end of file).
  static func readBytes(_ fd: Int32, at offset: Int, count: Int, path: String) throws(StoreError)
    -> [UInt8]
  {
    var bytes = [UInt8](repeating: 0, count: count)
    var done = 0
    while done < count {
      let result = bytes.withUnsafeMutableBytes { buffer in
        pread(fd, buffer.baseAddress.map { $0 + done }, count - done, off_t(offset + done))
      }
      if result < 0 {
        if errno == EINTR { continue }
        throw StoreError.fromErrno(errno, path: path, action: "read")
      }
      if result == 0 { break }
      done += result
    }
    bytes.removeSubrange(done...)
    return bytes
  }

  /// Reads the whole file at `path`.
  static func readAll(_ path: String) throws(StoreError) -> [UInt8] {
    let fd = try openFile(path, O_RDONLY, action: "open")
    defer { closeFile(fd) }
    return try readAll(fd, path: path)
  }

  /// Reads the whole of the open file `fd` (at `path`), from its start.
  static func readAll(_ fd: Int32, path: String) throws(StoreError) -> [UInt8] {
    // One byte more than fstat says, so a file that grew meanwhile (another
    // parley appending) is noticed without a second buffer; then read on.
    let asked = try size(fd, path: path) + 1
    var bytes = try readBytes(fd, at: 0, count: asked, path: path)
    guard bytes.count == asked else { return bytes }
    while true {
      let more = try readBytes(fd, at: bytes.count, count: 65_536, path: path)
      if more.isEmpty { return bytes }
      bytes += more
    }
  }

  /// Reads the file at `path` up to and including its first newline (or `limit` bytes).
  static func readFirstLine(_ path: String, limit: Int = 1 << 20) throws(StoreError) -> [UInt8] {
    let fd = try openFile(path, O_RDONLY, action: "open")
    defer { closeFile(fd) }
    var bytes: [UInt8] = []
    while bytes.count < limit {
      let chunk = try readBytes(fd, at: bytes.count, count: 4096, path: path)
      if chunk.isEmpty { break }
      if let newline = chunk.firstIndex(of: 0x0A) {
        bytes += chunk[...newline]
        break
      }
      bytes += chunk
    }
    return bytes
  }

  /// Writes `bytes` with exactly one `write(2)` call, then fsyncs.
  ///
  /// On any failure (including a short write when the disk fills up) the
  /// file is truncated back to `restoreLength`, so it is left as it was.
  static func writeOnceAndSync(
    _ fd: Int32, _ bytes: [UInt8], path: String, restoreLength: Int
  ) throws(StoreError) {
    var written = -1
    var code: Int32 = 0
    repeat {
      written = bytes.withUnsafeBytes { buffer in write(fd, buffer.baseAddress, buffer.count) }
      code = written < 0 ? errno : 0
    } while written < 0 && code == EINTR
    if written != bytes.count {
      _ = ftruncate(fd, off_t(restoreLength))
      _ = fsync(fd)
      if written < 0 { throw StoreError.writeFailed(path: path, errno: code) }
      throw StoreError.shortWrite(path: path, written: written, expected: bytes.count)
    }
    if fsync(fd) != 0 {
      let code = errno
      _ = ftruncate(fd, off_t(restoreLength))
      throw StoreError.writeFailed(path: path, errno: code)
    }
  }

  /// Fsyncs `fd`.
  static func sync(_ fd: Int32, path: String) throws(StoreError) {
    guard fsync(fd) == 0 else { throw StoreError.fromErrno(errno, path: path, action: "sync") }
  }

  /// Fsyncs the folder at `path`, so a created, renamed or removed entry is durable.
  static func syncFolder(_ path: String) throws(StoreError) {
    let fd = try openFile(path, O_RDONLY | O_DIRECTORY, action: "open the folder")
    defer { closeFile(fd) }
    try sync(fd, path: path)
  }

  /// Whether `path` names an existing folder.
  static func isFolder(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
  }

  /// Whether anything exists at `path` (a dangling symlink counts).
  static func exists(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0
  }

  /// The permission bits of `path`, or nil if it cannot be read.
  static func mode(_ path: String) -> mode_t? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return info.st_mode & 0o7777
  }

  /// Creates the folder at `path` and any missing parents, each with mode 0700.
  ///
  /// Folders that already exist are left as they are.
  static func makeFolders(_ path: String) throws(StoreError) {
    if isFolder(path) { return }
    var parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    var missing: [String] = []
    while !parts.isEmpty {
      let candidate = (path.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
      if isFolder(candidate) { break }
      if exists(candidate) { throw StoreError.notAFolder(path: candidate) }
      missing.insert(candidate, at: 0)
      parts.removeLast()
    }
    for folder in missing {
      if mkdir(folder, folderMode) != 0 && errno != EEXIST {
        throw StoreError.fromErrno(errno, path: folder, action: "create the folder")
      }
      guard chmod(folder, folderMode) == 0 else {
        throw StoreError.fromErrno(errno, path: folder, action: "set the permissions of")
      }
    }
  }

  /// The names in the folder at `path`.
  static func listFolder(_ path: String) throws(StoreError) -> [String] {
    guard let folder = opendir(path) else {
      throw StoreError.fromErrno(errno, path: path, action: "list the folder")
    }
    defer { closedir(folder) }
    var names: [String] = []
    while let entry = readdir(folder) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names
  }
}
