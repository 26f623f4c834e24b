import ParleyKit

/// `ask TEXT`: plain words read as the command they ask for.
enum AskCommand: ShellCommand {
  static let spec = CommandSpec(
    name: "ask", summary: "Say it in plain words: parley finds the command and fills it in",
    arguments: "TEXT", maximumArguments: CommandSpec.anyNumber,
    discussion: """
      Reads what you type ("they paid £500 this morning", "how much interest \
      can I charge?") with a model trained on plain-words requests, shows the \
      command it reads as, with any amount and day filled in, and runs it once \
      you say yes. When it is not sure it offers the two likeliest commands and \
      runs nothing. In the shell, any line that is not a command is read this \
      way. --dry-run prints the command without running it; with --json, as \
      {"command", "arguments", "confidence"}.
      """,
    examples: [
      "ask \"they paid £500 this morning\"",
      "ask \"is this email OK to send?\" --dry-run --json",
    ],
    options: [
      .caseOption, .flag("dry-run", "show the command without running it"), .json,
    ])

  static func run(_ arguments: ParsedArguments, in context: ShellContext) throws {
    let text = arguments.positionals.joined(separator: " ").trimmed
    guard !text.isEmpty else {
      throw ShellError.usage("what would you like to do? ask \"TEXT\"", command: spec.name)
    }
    let caseArguments = arguments.value("case") == nil ? nil : arguments
    guard let plain = try context.readPlainWords(text, arguments: caseArguments) else {
      throw ShellError.invalid("parley could not read that; type 'help' for the commands")
    }
    if arguments.has("json") {
      let json = AskJSON(
        command: plain.words[0], arguments: Array(plain.words.dropFirst()),
        confidence: plain.reading.confidence, sure: plain.reading.isSure,
        alternative: plain.reading.alternative.rawValue)
      context.say(try JSONOutput.render(json))
      guard !arguments.has("dry-run") else { return }
    }
    if arguments.has("dry-run") {
      let sure =
        plain.reading.isSure
        ? ""
        : " (not sure; it might also be 'ask' about "
          + "\(plain.reading.alternative.rawValue))"
      context.say("\(plain.commandLine)\(sure)")
      return
    }
    guard context.reader.isInteractive else {
      throw ShellError.cancelled(
        "that reads as 'parley \(plain.commandLine)' (\(plain.confidence) sure); run it "
          + "yourself, or add --dry-run to only see it; nothing was run")
    }
    if let id = arguments.value("case") { context.currentCase = try context.book.resolve(id) }
    try context.answerPlainWords(plain)
  }
}

/// `ask --json`: the command a request reads as, with the model's confidence.
struct AskJSON: Encodable {
  let command: String
  let arguments: [String]
  let confidence: Float
  let sure: Bool
  let alternative: String
}
