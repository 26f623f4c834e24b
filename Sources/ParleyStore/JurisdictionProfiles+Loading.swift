import Foundation
import ParleyKit

extension JurisdictionProfiles {
  /// Loads the built-in profiles and the user's, as the environment says.
  ///
  /// - Parameters:
  ///   - environment: The process environment (`XDG_CONFIG_HOME`, `HOME`).
  ///   - builtInFolder: The built-in profile files; ParleyKit's resources by default.
  public static func load(
    environment: [String: String], builtInFolder: URL = BuiltInProfiles.folder
  ) -> JurisdictionProfiles {
    load(builtInFolder: builtInFolder, userFolder: userFolder(environment: environment))
  }

  /// Loads the profiles in `builtInFolder`, then those in `userFolder` (if
  /// any) over them by id.
  ///
  /// Built-in files are named `jurisdictions/<id>.json` in messages, user
  /// files by their full path. A file's `id` must match its name.
  public static func load(builtInFolder: URL, userFolder: URL?) -> JurisdictionProfiles {
    var problems: [ProfileError] = []
    var byID: [String: JurisdictionProfile] = [:]
    var order: [String] = []
    func read(_ folder: URL, label: (URL) -> String) -> [JurisdictionProfile] {
      var found: [JurisdictionProfile] = []
      for file in jsonFiles(in: folder, problems: &problems, label: label(folder)) {
        do {
          found.append(try readProfile(file, label: label(file)))
        } catch {
          problems.append(error)
        }
      }
      return found
    }
    for profile in read(builtInFolder, label: { "jurisdictions/\($0.lastPathComponent)" }) {
      if byID[profile.id] == nil { order.append(profile.id) }
      byID[profile.id] = profile
    }
    let builtInOrder = BuiltInProfiles.ids.filter { byID[$0] != nil }
    order = builtInOrder + order.filter { !builtInOrder.contains($0) }.sorted()
    var userIDs: Set<String> = []
    if let userFolder {
      for profile in read(userFolder, label: \.path) {
        if byID[profile.id] == nil { order.append(profile.id) }
        byID[profile.id] = profile
        userIDs.insert(profile.id)
      }
    }
    return JurisdictionProfiles(
      profiles: order.compactMap { byID[$0] }, userIDs: userIDs, problems: problems)
  }

  /// Reads and checks one profile file.
  ///
  /// - Throws: ``ProfileError`` naming `label` and the field.
  public static func readProfile(_ file: URL, label: String) throws(ProfileError)
    -> JurisdictionProfile
  {
    let data: Data
    do {
      data = try Data(contentsOf: file)
    } catch {
      throw ProfileError(file: label, path: "", problem: "cannot be read")
    }
    let profile = try JurisdictionProfile.decode(data, file: label)
    let stem = file.deletingPathExtension().lastPathComponent
    guard profile.id == stem else {
      throw ProfileError(
        file: label, path: "id", problem: "'\(profile.id)' does not match the file name '\(stem)'")
    }
    return profile
  }

  /// Where the user's profile files live, by the environment.
  ///
  /// `$XDG_CONFIG_HOME/parley/jurisdictions` if that is an absolute path,
  /// else `$HOME/.config/parley/jurisdictions`; nil when neither is set.
  /// Empty values count as unset.
  public static func userFolder(environment: [String: String]) -> URL? {
    func value(_ name: String) -> String? {
      guard let text = environment[name], !text.isEmpty else { return nil }
      return text
    }
    if let config = value("XDG_CONFIG_HOME"), config.hasPrefix("/") {
      return URL(fileURLWithPath: config, isDirectory: true)
        .appendingPathComponent("parley/jurisdictions", isDirectory: true)
    }
    if let home = value("HOME") {
      return URL(fileURLWithPath: home, isDirectory: true)
        .appendingPathComponent(".config/parley/jurisdictions", isDirectory: true)
    }
    return nil
  }

  /// The `.json` files in `folder`, sorted by name; none when it does not exist.
  private static func jsonFiles(
    in folder: URL, problems: inout [ProfileError], label: String
  ) -> [URL] {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) else {
      return []
    }
    guard isFolder.boolValue,
      let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
    else {
      problems.append(ProfileError(file: label, path: "", problem: "is not a readable folder"))
      return []
    }
    return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted().map {
      folder.appendingPathComponent($0)
    }
  }
}
