/// `help`: the command list, one command in full, a topic, or the manual page.
enum HelpCommand: ShellCommand {
  static let spec = CommandSpec(
    name: "help", aliases: ["?"], summary: "Show commands, one command in full, or a topic",
    arguments: "[COMMAND | TOPIC]", positionals: [.helpTopic],
    discussion: """
      Topics: exit-codes, environment, journal. --man prints the whole manual \
      as a man page (roff): read it with 'parley help --man | man -l -'; \
      Scripts/install puts it where man finds it.
      """,
    examples: ["help", "help log", "help exit-codes", "help --man"],
    options: [.flag("man", "print the manual page (roff, for man)")])

  static func run(_ arguments: ParsedArguments, in context: ShellContext) throws {
    if arguments.has("man") {
      context.output.write(try manual(arguments))
      return
    }
    let width = HelpText.width(forTerminal: context.textWidth)
    guard let topic = arguments.positionals.first?.lowercased() else {
      context.say(HelpText.overview(style: context.style, width: width))
      return
    }
    if let text = HelpText.topic(topic, width: width) {
      context.say(text)
      return
    }
    do {
      let command = try CommandTable.command(named: topic)
      context.say(HelpText.command(command.spec, style: context.style, width: width))
    } catch let error as ShellError {
      let topics = HelpText.topicNames.joined(separator: ", ")
      throw ShellError.usage("\(error.description) Help topics: \(topics).", command: nil)
    }
  }

  /// The manual page, for `help --man`.
  ///
  /// - Throws: ``ShellError/usage(_:command:)`` when a command or topic is
  ///   named too: the page is always the whole manual.
  static func manual(_ arguments: ParsedArguments) throws(ShellError) -> String {
    guard arguments.positionals.isEmpty else {
      throw .usage(
        "--man prints the whole manual; leave out '\(arguments.positionals[0])'",
        command: spec.name)
    }
    return ManualPage.render()
  }
}
