/// The words of `help`, generated from the commands' own descriptions.
///
/// Every line fits in `width` columns (the terminal's, at most
/// ``widest``): lists wrap their descriptions under themselves, and prose
/// keeps a margin of two columns.
enum HelpText {
  static let topicNames = ["exit-codes", "environment", "journal"]

  /// Help is never wider than this, however wide the terminal: long lines are hard to read.
  static let widest = 80

  /// The width help is laid out in on a terminal `columns` wide.
  static func width(forTerminal columns: Int) -> Int { max(20, min(columns, widest)) }

  /// The list of commands.
  static func overview(style: Style, width: Int = widest) -> String {
    var commands = TextTable([.init(""), .init("", wraps: true)], look: .untitled)
    for command in CommandTable.all { commands.append([command.spec.name, command.spec.summary]) }
    let topics = topicNames.joined(separator: ", ")
    var usage = TextTable([.init(""), .init("", wraps: true)], look: .untitled)
    usage.append(["parley", "the shell (reads a script when input is not a terminal)"])
    usage.append(["parley COMMAND [ARG...]", "one command, then exit: parley cases --json"])
    usage.append(["parley COMMAND --help", "one command in full (also -h, or 'help COMMAND')"])
    usage.append(["parley --version", "the version"])
    return [
      style.bold("parley")
        + prose("parley helps you get an unpaid invoice paid, calmly.", width).dropFirst(6),
      prose("It is not legal advice.", width),
      "",
      style.bold("Usage"),
      list(usage, width: width),
      "",
      style.bold("Commands"),
      list(commands, width: width, style: style),
      "",
      prose("Type 'help COMMAND' for one command with examples; topics: \(topics).", width),
      prose("Every command also runs from your shell: parley cases --json", width),
    ].joined(separator: "\n")
  }

  /// One command in full: usage, what it does, options and examples.
  static func command(_ spec: CommandSpec, style: Style, width: Int = widest) -> String {
    // The name is one word, so it starts the first line whatever the width.
    let title = prose("\(spec.name) — \(spec.summary)", width)
    var lines = [
      style.bold(spec.name) + title.dropFirst(spec.name.count),
      "",
      usage(spec.usage, width),
    ]
    if !spec.aliases.isEmpty {
      lines.append(prose("Also: \(spec.aliases.joined(separator: ", "))", width))
    }
    lines += ["", prose(spec.discussion, width)]
    if !spec.options.isEmpty {
      var options = TextTable([.init(""), .init("", wraps: true)], look: .untitled)
      for option in spec.options { options.append([option.synopsis, option.helpWithChoices]) }
      lines += [
        "", style.bold("Options"), list(options, width: width, style: style),
      ]
    }
    lines += ["", style.bold("Examples")]
    lines += spec.examples.map { "  \($0)".wrapped(width: width, continuationIndent: "  ") }
    return lines.joined(separator: "\n")
  }

  /// A help topic, if `name` is one.
  static func topic(_ name: String, width: Int = widest) -> String? {
    switch name {
    case "exit-codes", "exit", "status":
      var statuses = TextTable([.init(""), .init("", wraps: true)], look: .untitled)
      for (status, meaning) in ExitStatus.documented {
        statuses.append([String(status.rawValue), meaning])
      }
      return prose("Exit statuses (one-shot commands and scripts):", width) + "\n"
        + list(statuses, width: width)
    case "environment", "env":
      return environment(width: width)
    case "journal", "format", "formats":
      return prose(
        """
        Each case is one file, cases/CASE.jsonl in the workspace: one JSON object \
        per line, never rewritten. Each line holds the format version (v), its \
        number (seq), when it was recorded (at, UTC) and your time zone (tz), the \
        event's type and data, and the SHA-256 of the line before it (prev), so \
        any edit or deletion is caught by 'verify'. A correction is a new 'void' \
        entry with a reason. The README documents every field.
        """, width)
    default:
      return nil
    }
  }

  /// The `environment` topic: the variables, then the options every command takes.
  private static func environment(width: Int) -> String {
    var variables = TextTable([.init(""), .init("", wraps: true)], look: .untitled)
    for variable in EnvironmentVariable.documented {
      variables.append([variable.name, variable.meaning])
    }
    var options = TextTable([.init(""), .init("", wraps: true)], look: .untitled)
    options.append(["--color=WHEN", "auto (the default), always or never; --no-color is never"])
    options.append(["--no-pager", "never page the output"])
    return [
      "Environment:",
      list(variables, width: width),
      "",
      prose("Options for every command, before or after it:", width),
      list(options, width: width),
    ].joined(separator: "\n")
  }

  /// A list of names and what each means, indented: as a table of two
  /// columns, or, where even that is too wide, each name on its own line with
  /// its meaning under it.
  private static func list(
    _ table: TextTable, width: Int, style: Style = Style(isColored: false)
  ) -> String {
    let text = table.render(width: width, style: style, indent: "  ")
    let fits = text.split(separator: "\n").allSatisfy {
      TerminalText.withoutStyleSequences(String($0)).displayWidth <= width
    }
    if fits { return text }
    return table.rows.map { row in
      let name = row[0].text.wrapped(width: width - 2)
      let meaning = row[1].text.wrapped(width: width - 6)
      return (name + "\n" + meaning).split(separator: "\n", omittingEmptySubsequences: false)
        .enumerated().map { $0.offset == 0 ? "  \($0.element)" : "      \($0.element)" }
        .joined(separator: "\n")
    }.joined(separator: "\n")
  }

  /// Prose wrapped with a margin of two columns.
  /// `Usage: …` wrapped between the options, never inside one (`[--due DATE]`
  /// stays whole), the lines after the first indented under the command.
  private static func usage(_ usage: String, _ width: Int) -> String {
    var units: [String] = []
    var depth = 0
    for word in usage.split(separator: " ") {
      if depth > 0, let last = units.popLast() {
        units.append(last + " " + word)
      } else {
        units.append(String(word))
      }
      depth += word.filter { $0 == "[" }.count - word.filter { $0 == "]" }.count
    }
    let lead = "Usage: "
    let indent = String(repeating: " ", count: lead.count)
    var lines = [lead]
    for unit in units {
      let current = lines[lines.count - 1]
      let isFresh = current == lead || current == indent
      let candidate = isFresh ? current + unit : current + " " + unit
      if isFresh || candidate.displayWidth <= max(10, width - 2) {
        lines[lines.count - 1] = candidate
      } else {
        lines.append(indent + unit)
      }
    }
    // A single unit wider than the line is broken between its words.
    return lines.flatMap { line in
      line.displayWidth <= max(10, width - 2)
        ? [line] : line.wrappedLines(width: max(10, width - 2), continuationIndent: indent)
    }.joined(separator: "\n")
  }

  private static func prose(_ text: String, _ width: Int) -> String {
    text.wrapped(width: max(10, width - 2))
  }
}
