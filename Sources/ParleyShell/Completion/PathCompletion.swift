import Foundation

/// File and folder names that complete a partly typed path, as Tab offers
/// them: `./no` gives `./notes.txt`, folders end in `/`, hidden entries only
/// when the name typed starts with a dot, `~/` is the home folder.
enum PathCompletion {
  /// The paths in the folder `partial` names that start with its last part.
  ///
  /// - Parameters:
  ///   - partial: The path typed so far (`dra`, `./notes/`, `~/Doc`).
  ///   - foldersOnly: Offer only folders.
  ///   - home: The home folder, for a path starting with `~/`.
  static func candidates(for partial: String, foldersOnly: Bool, home: String?) -> [String] {
    let slash = partial.lastIndex(of: "/")
    let folderTyped = slash.map { String(partial[...$0]) } ?? ""
    let namePrefix = slash.map { String(partial[partial.index(after: $0)...]) } ?? partial
    var folder = folderTyped.isEmpty ? "." : folderTyped
    if folder.hasPrefix("~/") {
      guard let home, !home.isEmpty else { return [] }
      folder = home + folder.dropFirst()
    }
    let files = FileManager.default
    guard let names = try? files.contentsOfDirectory(atPath: folder) else { return [] }
    return names.filter { name in
      name.hasPrefix(namePrefix) && (namePrefix.hasPrefix(".") || !name.hasPrefix("."))
    }.compactMap { name -> String? in
      var isFolder: ObjCBool = false
      let path = (folder.hasSuffix("/") ? folder : folder + "/") + name
      guard files.fileExists(atPath: path, isDirectory: &isFolder) else { return nil }
      if foldersOnly && !isFolder.boolValue { return nil }
      return folderTyped + name + (isFolder.boolValue ? "/" : "")
    }.sorted()
  }
}
