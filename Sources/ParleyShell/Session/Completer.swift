/// What Tab offers for the word being typed, from the commands' own
/// descriptions (see ``CompletionSlot``): command names, options, the values
/// an option or a positional argument takes, case ids and file names.
struct Completer {
  /// The case ids in the workspace, read when Tab is pressed.
  let caseIDs: () -> [String]
  /// The home folder, for paths typed as `~/…`.
  var home: String? = nil

  /// Candidate full words for the last word of `lineBeforeCursor`.
  func candidates(for lineBeforeCursor: String) -> [String] {
    let endsWithSpace = lineBeforeCursor.last?.isWhitespace ?? true
    var words = lineBeforeCursor.split(whereSeparator: \.isWhitespace).map(String.init)
    let partial = endsWithSpace ? "" : (words.popLast() ?? "")
    let pool: [String]
    switch CompletionSlot.after(words, partial: partial) {
    case .command:
      return CommandTable.names.filter { $0.hasPrefix(partial.lowercased()) }.sorted()
    case .option(let options):
      pool = options.map { "--\($0.name)" }
    case .value(.file):
      return PathCompletion.candidates(for: partial, foldersOnly: false, home: home)
    case .value(.folder):
      return PathCompletion.candidates(for: partial, foldersOnly: true, home: home)
    case .value(let kind):
      pool = values(of: kind)
    case .nothing:
      pool = []
    }
    return pool.filter { $0.hasPrefix(partial) }.sorted()
  }

  /// The words a value of `kind` may be, when they are known.
  private func values(of kind: ValueKind) -> [String] {
    kind == .caseID ? caseIDs() : kind.fixedWords ?? []
  }
}
