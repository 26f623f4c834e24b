/// `help`: the command list, one command in full, or a topic.
enum HelpCommand: ShellCommand {
  static let spec = CommandSpec(
    name: "help", aliases: ["?"], summary: "Show commands, one command in full, or a topic",
    arguments: "[COMMAND | TOPIC]",
    discussion: "Topics: exit-codes, environment, journal.",
    examples: ["help", "help log", "help exit-codes"])

  static func run(_ arguments: ParsedArguments, in context: ShellContext) throws {
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
}
