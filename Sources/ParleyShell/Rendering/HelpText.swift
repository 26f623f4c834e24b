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
      style.bold("Usage"),
      "  parley                   the shell (reads a script when input is not a terminal)",
      "  parley COMMAND [ARG...]  one command, then exit: parley cases --json",
      "  parley COMMAND --help    one command in full (also -h, or 'help COMMAND')",
      "  parley --version         the version",
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
        lines.append("  \(option.synopsis)\(padding)  \(option.help)")
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
      return """
        Environment:
          PARLEY_HOME       the workspace folder (default $XDG_DATA_HOME/parley, \
        else ~/.local/share/parley)
          XDG_DATA_HOME     where the workspace goes when PARLEY_HOME is not set
          PARLEY_HISTORY    the shell's history file; empty or /dev/null turns history off
          XDG_STATE_HOME    where history goes by default ($XDG_STATE_HOME/parley/history)
          PARLEY_EDITOR, VISUAL, EDITOR
                            the editor for --edit, in that order (default vi)
          NO_COLOR          set to anything to turn colour off
          TERM              'dumb' turns off line editing and colour
          TZ                your time zone; every entry records it
          PARLEY_NOW        fix the clock (UTC, 2026-11-29T10:00:00Z), for tests and replays
        """
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
