import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where the command history lives, decided from the environment alone.
public enum HistoryLocation {
  /// The history file for this environment, or nil when history is off.
  ///
  /// 1. `PARLEY_HISTORY` set: empty or `/dev/null` turns history off; any other
  ///    value is the path (a leading `~/` means `$HOME`).
  /// 2. `$XDG_STATE_HOME/parley/history`, when that is an absolute path.
  /// 3. `$HOME/.local/state/parley/history`.
  /// 4. No `HOME` either: no history.
  public static func resolve(environment: [String: String]) -> String? {
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 }
    if let override = environment["PARLEY_HISTORY"] {
      if override.isEmpty || override == "/dev/null" { return nil }
      if override.hasPrefix("~/") {
        guard let home else { return nil }
        return join(home, String(override.dropFirst(2)))
      }
      return override
    }
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      return join(state, "parley/history")
    }
    guard let home else { return nil }
    return join(home, ".local/state/parley/history")
  }

  private static func join(_ folder: String, _ name: String) -> String {
    folder.hasSuffix("/") ? folder + name : folder + "/" + name
  }
}

/// Creating the history file privately: folders 0700, the file 0600.
public enum HistoryFile {
  /// An error preparing the history file, with the path and `errno`.
  public struct Failure: Error, Equatable, CustomStringConvertible {
    public var path: String
    public var code: Int32

    public var description: String {
      "cannot create \(path): \(String(cString: strerror(code)))"
    }
  }

  /// Makes sure the file and its missing parent folders exist. Folders it
  /// creates get mode 0700 and a file it creates gets 0600; existing ones are
  /// left as they are.
  public static func prepare(_ path: String) throws(Failure) {
    let parent = (path as NSString).deletingLastPathComponent
    if !parent.isEmpty { try makeFolders(parent) }
    let fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o600)
    guard fd >= 0 else { throw Failure(path: path, code: errno) }
    close(fd)
  }

  private static func makeFolders(_ path: String) throws(Failure) {
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
      guard isFolder.boolValue else { throw Failure(path: path, code: ENOTDIR) }
      return
    }
    let parent = (path as NSString).deletingLastPathComponent
    if !parent.isEmpty, parent != path { try makeFolders(parent) }
    if mkdir(path, 0o700) != 0, errno != EEXIST {
      throw Failure(path: path, code: errno)
    }
  }
}
