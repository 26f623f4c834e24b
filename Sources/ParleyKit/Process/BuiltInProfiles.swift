import Foundation

/// Where parley's own jurisdiction profile files are: a folder of JSON files,
/// one per jurisdiction, copied into ParleyKit's resource bundle.
///
/// ParleyKit only says where they are; `ParleyStore` reads them.
public enum BuiltInProfiles {
  /// The folder of built-in profile files (`…/parley_ParleyKit.resources/Jurisdictions`).
  ///
  /// The resource bundle sits next to the built `parley` binary and the test
  /// bundle. It is looked for there rather than through SwiftPM's
  /// `Bundle.module`, which stops the program when the bundle is missing (a
  /// binary copied away from its build folder): a missing folder is instead
  /// reported by the loader, and parley goes on.
  public static var folder: URL {
    let bundleName = "parley_ParleyKit.resources"
    var places = [Bundle.main.bundleURL]
    if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
      places.append(executable.deletingLastPathComponent())
    }
    let candidates = places.map {
      $0.appendingPathComponent(bundleName, isDirectory: true)
        .appendingPathComponent("Jurisdictions", isDirectory: true)
    }
    return candidates.first { FileManager.default.fileExists(atPath: $0.path) } ?? candidates[0]
  }

  /// The ids of the built-in profiles, England & Wales (the default) first.
  public static var ids: [String] { Jurisdiction.builtIn.map(\.id) }
}
