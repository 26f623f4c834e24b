/// One option a command accepts: `--json`, or `--case CASE`.
public struct OptionSpec: Hashable, Sendable {
  /// The long name without dashes (`case`).
  public let name: String
  /// The placeholder for its value (`CASE`); nil for a flag.
  public let valueName: String?
  /// One line on what it does.
  public let help: String

  /// An option that takes a value.
  public static func value(_ name: String, _ valueName: String, _ help: String) -> OptionSpec {
    OptionSpec(name: name, valueName: valueName, help: help)
  }

  /// A flag that takes no value.
  public static func flag(_ name: String, _ help: String) -> OptionSpec {
    OptionSpec(name: name, valueName: nil, help: help)
  }

  /// The option as written in usage: `--case CASE` or `--json`.
  var synopsis: String { valueName.map { "--\(name) \($0)" } ?? "--\(name)" }
}
