import Foundation

/// The jurisdiction profiles parley ships, compiled into the binary from the
/// files in `Resources/Jurisdictions` (`Scripts/embed-profiles`), so a binary
/// copied anywhere has every one of them.
public enum BuiltInProfiles {
  /// The profile offered first when a case is opened: England & Wales.
  public static let defaultID = "gb-ewl"
  /// The profile for anywhere else, listed last.
  public static let genericID = "generic"

  /// Each built-in profile's file name and text: the default first, the
  /// generic profile last, the others by file name.
  public static let files: [(name: String, text: String)] =
    BuiltInProfileFiles.files.sorted { listingRank($0.name) < listingRank($1.name) }

  /// The ids of the built-in profiles, in listing order.
  public static var ids: [String] { files.map { stem($0.name) } }

  /// Decodes and checks every built-in profile, in listing order.
  ///
  /// A profile that fails is reported as `jurisdictions/<name>` (a defect in
  /// the build, which the suite catches) and the others still load.
  public static func decodeAll() -> (profiles: [JurisdictionProfile], problems: [ProfileError]) {
    var profiles: [JurisdictionProfile] = []
    var problems: [ProfileError] = []
    for (name, text) in files {
      do {
        profiles.append(try decode(name: name, text: text))
      } catch {
        problems.append(error)
      }
    }
    return (profiles, problems)
  }

  /// Decodes one profile file, whose `id` must match its name.
  ///
  /// - Throws: ``ProfileError`` naming `jurisdictions/<name>` and the field.
  public static func decode(name: String, text: String) throws(ProfileError)
    -> JurisdictionProfile
  {
    let label = "jurisdictions/\(name)"
    let profile = try JurisdictionProfile.decode(Data(text.utf8), file: label)
    guard profile.id == stem(name) else {
      throw ProfileError(
        file: label, path: "id", problem: "'\(profile.id)' does not match the file name")
    }
    return profile
  }

  /// The text of the built-in profile `id`, if there is one.
  public static func text(id: String) -> String? {
    files.first { stem($0.name) == id }?.text
  }

  private static func stem(_ name: String) -> String {
    name.hasSuffix(".json") ? String(name.dropLast(5)) : name
  }

  private static func listingRank(_ name: String) -> (Int, String) {
    switch stem(name) {
    case defaultID: (0, name)
    case genericID: (2, name)
    default: (1, name)
    }
  }
}
