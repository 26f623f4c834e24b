/// One option a command accepts: `--json`, or `--case CASE`.
public struct OptionSpec: Hashable, Sendable {
  /// The long name without dashes (`case`).
  public let name: String
  /// The placeholder for its value (`CASE`); nil for a flag.
  public let valueName: String?
  /// One line on what it does.
  public let help: String
  /// What its value is (for help, Tab, the completion scripts and the
  /// manual); nil for a flag.
  public let values: ValueKind?

  /// An option that takes a value: `values` says what it is, else the
  /// placeholder implies it (see ``ValueKind/implied(by:)``).
  public static func value(
    _ name: String, _ valueName: String, _ help: String, values: ValueKind? = nil
  ) -> OptionSpec {
    OptionSpec(
      name: name, valueName: valueName, help: help,
      values: values ?? .implied(by: valueName))
  }

  /// A flag that takes no value.
  public static func flag(_ name: String, _ help: String) -> OptionSpec {
    OptionSpec(name: name, valueName: nil, help: help, values: nil)
  }

  /// The option as written in usage: `--case CASE` or `--json`.
  var synopsis: String { valueName.map { "--\(name) \($0)" } ?? "--\(name)" }

  /// The help line with the words it takes, when they are a known set:
  /// `how you were in touch: email, phone, letter, meeting, message`.
  var helpWithChoices: String {
    guard let words = values?.fixedWords, !words.isEmpty else { return help }
    let shown = words.count <= 12 ? words : Array(words.prefix(6)) + ["…"]
    return "\(help): " + shown.joined(separator: ", ")
  }
}
