import Foundation
import ParleyKit

/// The jurisdiction profiles parley can use: its own, plus the user's files,
/// a user file replacing the built-in profile with the same id.
///
/// User files live in `$XDG_CONFIG_HOME/parley/jurisdictions/*.json`, else
/// `~/.config/parley/jurisdictions/`; see ``userFolder(environment:)``. A bad
/// file does not stop the others loading: it is set aside in ``problems``
/// with an error naming the file and the field.
public struct JurisdictionProfiles: Sendable {
  /// The usable profiles, built-in order first (England & Wales first), then
  /// the user's new ones by id.
  public let profiles: [JurisdictionProfile]
  /// The ids of profiles that come from a user file.
  public let userIDs: Set<String>
  /// The files that could not be used, each with the reason.
  public let problems: [ProfileError]

  /// Creates a set of profiles.
  public init(profiles: [JurisdictionProfile], userIDs: Set<String>, problems: [ProfileError]) {
    self.profiles = profiles
    self.userIDs = userIDs
    self.problems = problems
  }

  /// The profile with `id` (any case), if there is one.
  public func profile(_ id: String) -> JurisdictionProfile? {
    let lower = id.lowercased()
    return profiles.first { $0.id == lower }
  }

  /// The profile for a case's jurisdiction id, else `generic`.
  public func profile(forCase id: String) -> JurisdictionProfile? {
    profile(id) ?? profile("generic")
  }
}
