import ParleyKit

/// `me`: who you are and how clients pay you, for every draft and export.
enum MeCommand: ShellCommand {
  static let spec = CommandSpec(
    name: "me", summary: "Your name, address and how clients pay you, for drafts and exports",
    discussion: """
      Asks your name, business, address, email, phone, and how clients pay \
      you: bank details, the reference to quote and a link to pay online. \
      Drafts sign with them and end with a payment block; the evidence \
      export names you as the claimant. parley asks once, before the first \
      draft; run 'me' again to change any answer (Enter keeps it, - clears \
      it). Options set single answers without asking. With --show, prints \
      what is known.
      """,
    examples: [
      "me",
      "me --name \"Sam Patel\" --business \"Patel Design\" --pay-link https://pay.example.test/sam",
      "me --show",
    ],
    options: SenderField.allCases.map { .value($0.rawValue, "ANSWER", "answers: \($0.prompt)") }
      + [.flag("show", "print your details, without asking"), .json])

  static func run(_ arguments: ParsedArguments, in context: ShellContext) throws {
    let workspace = context.book.workspace
    let earlier = try workspace.loadSender()
    if arguments.has("show") || arguments.has("json") {
      show(earlier ?? SenderDetails(), json: arguments.has("json"), in: context)
      return
    }
    var presets: [String: String] = [:]
    for field in SenderField.allCases {
      if let value = arguments.value(field.rawValue) { presets[field.rawValue] = value }
    }
    let details = try ask(
      earlier: earlier ?? SenderDetails(), presets: presets,
      // Options set single answers without asking the rest, at the shell's
      // prompt as from the command line.
      unattended: context.isUnattended(arguments) || !presets.isEmpty, in: context)
    try workspace.saveSender(details)
    context.say("Saved your details. Drafts sign with them; change them any time with 'me'.")
  }

  /// Runs the conversation from `earlier`, with `presets` answered, and
  /// returns the details it ends with.
  static func ask(
    earlier: SenderDetails, presets: [String: String], unattended: Bool,
    in context: ShellContext
  ) throws -> SenderDetails {
    var interview = SenderInterview(earlier: earlier)
    // Unasked questions keep their answer: Enter alone.
    _ = try context.converse(&interview, presets: presets, unattended: unattended) { _ in "" }
    return interview.details
  }

  /// Prints `details`, one labelled line per field, or as JSON.
  static func show(_ details: SenderDetails, json: Bool, in context: ShellContext) {
    if json {
      context.say((try? JSONOutput.render(details)) ?? "{}")
      return
    }
    var table = TextTable([.init(""), .init("", wraps: true)], look: .untitled)
    for field in SenderField.allCases {
      table.append([field.label, field.text(in: details) ?? "not set"])
    }
    context.say(context.render(table))
  }
}
