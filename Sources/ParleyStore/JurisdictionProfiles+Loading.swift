import Foundation
import ParleyKit

extension JurisdictionProfiles {
  /// Loads the built-in profiles and the user's, as the environment says.
  ///
  /// - Parameter environment: The process environment (`XDG_CONFIG_HOME`, `HOME`).
  public static func load(environment: [String: String]) -> JurisdictionProfiles {
    load(userFolder: userFolder(environment: environment))
  }

  /// Loads the built-in profiles (compiled in), then those in `userFolder`
  /// (if any) over them by id.
  ///
  /// Built-in files are named `jurisdictions/<id>.json` in messages, user
  /// files by their full path. A file's `id` must match its name.
  public static func load(userFolder: URL?) -> JurisdictionProfiles {
    let builtIn = BuiltInProfiles.decodeAll()
    var problems = builtIn.problems
    var byID = Dictionary(builtIn.profiles.map { ($0.id, $0) }) { first, _ in first }
    var order = builtIn.profiles.map(\.id)
    var userIDs: Set<String> = []
    if let userFolder {
      var found: [JurisdictionProfile] = []
      for file in jsonFiles(in: userFolder, problems: &problems, label: userFolder.path) {
        do {
          found.append(try readProfile(file, label: file.path))
        } catch {
          problems.append(error)
        }
      }
      for profile in found {
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
