/// The words of `help`, generated from the commands' own descriptions.
enum HelpText {
  static let topicNames = ["exit-codes", "environment", "journal"]

  /// The list of commands.
  static func overview(style: Style) -> String {
    let width = CommandTable.all.map(\.spec.name.count).max() ?? 0
    var lines = [
      style.bold("parley") + " helps you get an unpaid invoice paid, calmly.",
      "It is not legal advice.",
      "",
      style.bold("Commands"),
    ]
    for command in CommandTable.all {
      let spec = command.spec
      let padding = String(repeating: " ", count: width - spec.name.count)
      lines.append("  \(spec.name)\(padding)  \(spec.summary)")
    }
    lines += [
      "",
      "Type 'help COMMAND' for one command with examples; topics: "
        + topicNames.joined(separator: ", ") + ".",
      "Every command also runs from your shell: parley cases --json",
    ]
    return lines.joined(separator: "\n")
  }

  /// One command in full: usage, what it does, options and examples.
  static func command(_ spec: CommandSpec, style: Style) -> String {
    var lines = [
      "\(style.bold(spec.name)) — \(spec.summary)", "",
      "Usage: \(spec.usage)".wrapped(width: 78),
    ]
    if !spec.aliases.isEmpty { lines.append("Also: \(spec.aliases.joined(separator: ", "))") }
    lines += ["", spec.discussion.wrapped(width: 78)]
    if !spec.options.isEmpty {
      lines += ["", style.bold("Options")]
      let width = spec.options.map(\.synopsis.count).max() ?? 0
      for option in spec.options {
        let padding = String(repeating: " ", count: width - option.synopsis.count)
        lines.append("  \(option.synopsis)\(padding)  \(option.helpWithChoices)")
      }
    }
    lines += ["", style.bold("Examples")] + spec.examples.map { "  \($0)" }
    return lines.joined(separator: "\n")
  }

  /// A help topic, if `name` is one.
  static func topic(_ name: String) -> String? {
    switch name {
    case "exit-codes", "exit", "status":
      var lines = ["Exit statuses (one-shot commands and scripts):"]
      for (status, meaning) in ExitStatus.documented {
        let code = String(status.rawValue)
        lines.append("  \(code)\(String(repeating: " ", count: 4 - code.count))\(meaning)")
      }
      return lines.joined(separator: "\n")
    case "environment", "env":
      var lines = ["Environment:"]
      for variable in EnvironmentVariable.documented {
        if variable.name.count > 16 {
          lines += ["  \(variable.name)", String(repeating: " ", count: 20) + variable.meaning]
        } else {
          let padding = String(repeating: " ", count: 18 - variable.name.count)
          lines.append("  \(variable.name)\(padding)\(variable.meaning)")
        }
      }
      return lines.joined(separator: "\n")
    case "journal", "format", "formats":
      return """
        Each case is one file, cases/CASE.jsonl in the workspace: one JSON object \
        per line, never rewritten. Each line holds the format version (v), its \
        number (seq), when it was recorded (at, UTC) and your time zone (tz), the \
        event's type and data, and the SHA-256 of the line before it (prev), so \
        any edit or deletion is caught by 'verify'. A correction is a new 'void' \
        entry with a reason. The README documents every field.
        """
    default:
      return nil
    }
  }
}
