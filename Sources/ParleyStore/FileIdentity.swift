#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Which file, at which length and change, without reading it: device, inode,
/// size, and its modification and status-change times to the nanosecond.
///
/// Any write to the file moves its change time, which a user cannot set back
/// without changing the system clock, so an equal identity means the bytes
/// parley last saw are still there.
struct FileIdentity: Hashable, Sendable {
  var device: UInt64
  var inode: UInt64
  var size: Int64
  var modifiedSeconds: Int64
  var modifiedNanoseconds: Int64
  var changedSeconds: Int64
  var changedNanoseconds: Int64

  /// The identity of the open file `fd`, or nil if it cannot be read.
  init?(fd: Int32) {
    var info = stat()
    guard fstat(fd, &info) == 0 else { return nil }
    device = UInt64(truncatingIfNeeded: info.st_dev)
    inode = UInt64(truncatingIfNeeded: info.st_ino)
    size = Int64(info.st_size)
    #if canImport(Darwin)
      modifiedSeconds = Int64(info.st_mtimespec.tv_sec)
      modifiedNanoseconds = Int64(info.st_mtimespec.tv_nsec)
      changedSeconds = Int64(info.st_ctimespec.tv_sec)
      changedNanoseconds = Int64(info.st_ctimespec.tv_nsec)
    #else
      modifiedSeconds = Int64(info.st_mtim.tv_sec)
      modifiedNanoseconds = Int64(info.st_mtim.tv_nsec)
      changedSeconds = Int64(info.st_ctim.tv_sec)
      changedNanoseconds = Int64(info.st_ctim.tv_nsec)
    #endif
  }

  /// An identity from its seven parts, as written in a ``VerifiedHead`` file.
  init?(fields: [Int64]) {
    guard fields.count == 7 else { return nil }
    device = UInt64(bitPattern: fields[0])
    inode = UInt64(bitPattern: fields[1])
    size = fields[2]
    modifiedSeconds = fields[3]
    modifiedNanoseconds = fields[4]
    changedSeconds = fields[5]
    changedNanoseconds = fields[6]
  }

  /// The parts, in the order ``init(fields:)`` takes them.
  var fields: [Int64] {
    [
      Int64(bitPattern: device), Int64(bitPattern: inode), size, modifiedSeconds,
      modifiedNanoseconds, changedSeconds, changedNanoseconds,
    ]
  }
}
