import Foundation

/// Where parley's own jurisdiction profile files are: a folder of JSON files,
/// one per jurisdiction, copied into ParleyKit's resource bundle.
///
/// ParleyKit only says where they are; `ParleyStore` reads them.
public enum BuiltInProfiles {
  /// The folder of built-in profile files (`…/parley_ParleyKit.resources/Jurisdictions`).
  ///
  /// The resource bundle sits next to the built `parley` binary and the test
  /// bundle; SwiftPM's accessor also knows the build folder it was built in.
  public static var folder: URL {
    Bundle.module.bundleURL.appendingPathComponent("Jurisdictions", isDirectory: true)
  }

  /// The ids of the built-in profiles, England & Wales (the default) first.
  public static var ids: [String] { Jurisdiction.builtIn.map(\.id) }
}
