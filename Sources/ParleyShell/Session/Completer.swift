import ParleyKit

/// What Tab offers for the word being typed: commands first, then case ids,
/// options and their values.
struct Completer {
  /// The case ids in the workspace, read when Tab is pressed.
  let caseIDs: () -> [String]

  /// Candidate full words for the last word of `lineBeforeCursor`.
  func candidates(for lineBeforeCursor: String) -> [String] {
    let endsWithSpace = lineBeforeCursor.last?.isWhitespace ?? true
    var words = lineBeforeCursor.split(whereSeparator: \.isWhitespace).map(String.init)
    let partial = endsWithSpace ? "" : (words.popLast() ?? "")
    guard let first = words.first else {
      return CommandTable.names.filter { $0.hasPrefix(partial.lowercased()) }.sorted()
    }
    let pool: [String]
    if let previous = words.last, previous.hasPrefix("--"),
      takesValue(String(previous.dropFirst(2)), command: first)
    {
      pool = values(forOption: String(previous.dropFirst(2))) ?? []
    } else if partial.hasPrefix("-") {
      pool = options(of: first)
    } else {
      switch first.lowercased() {
      case "open": pool = caseIDs()
      case "help": pool = CommandTable.all.map(\.spec.name) + HelpText.topicNames
      case "escalate" where words.count == 1: pool = EscalationStep.allCases.map(\.rawValue)
      default: pool = options(of: first)
      }
    }
    return pool.filter { $0.hasPrefix(partial) }.sorted()
  }

  private func options(of commandName: String) -> [String] {
    guard let command = try? CommandTable.command(named: commandName) else { return [] }
    return command.spec.options.map { "--\($0.name)" }
  }

  private func takesValue(_ option: String, command commandName: String) -> Bool {
    guard let command = try? CommandTable.command(named: commandName) else { return false }
    return command.spec.options.first { $0.name == option }?.valueName != nil
  }

  private func values(forOption name: String) -> [String]? {
    switch name {
    case "case": caseIDs()
    case "channel": ContactChannel.allCases.map(\.rawValue)
    case "kind": DebtorKind.allCases.map(\.rawValue)
    case "jurisdiction": Jurisdiction.builtIn.map(\.id)
    case "currency": Currency.known.map(\.code)
    default: nil
    }
  }
}
