import ParleyKit

extension ShellContext {
  /// Reads `text` as plain words for the case it names, else the `--case`
  /// or open one, if the model can read it.
  func readPlainWords(_ text: String, arguments: ParsedArguments? = nil) throws -> PlainWords? {
    let named = arguments == nil ? caseNamed(in: text) : nil
    let id =
      named ?? (try? arguments.map { try requireCase($0, allowingClosed: true) }) ?? currentCase
    let state = try? id.map(book.load)
    let today = try self.today()
    let currency = state?.currency ?? .gbp
    let order = state.flatMap(jurisdiction(for:))?.dateOrder ?? .dayFirst
    return RequestReader.read(text, today: today, currency: currency, dateOrder: order)
      .map { PlainWords($0, caseID: named == currentCase ? nil : named) }
  }

  /// The one case whose client the words name (`acme` for Acme Ltd); nil
  /// when none or several do.
  func caseNamed(in text: String) -> String? {
    guard let all = try? book.workspace.cases() else { return nil }
    func words(_ text: String) -> [String] {
      text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }
    let typed = Set(words(text))
    let titles: Set<String> = ["the", "mr", "mrs", "ms", "dr", "and"]
    let matches = all.filter { summary in
      let key = words(summary.client ?? summary.id).first { $0.count >= 3 && !titles.contains($0) }
      return key.map(typed.contains) ?? false
    }
    return matches.count == 1 ? matches[0].id : nil
  }

  /// Answers a line of plain words: shows the command it reads as and runs
  /// it once the user says yes; when unsure, offers the two likeliest and
  /// runs nothing.
  func answerPlainWords(_ plain: PlainWords) throws {
    let reading = plain.reading
    guard reading.isSure else {
      let first = PlainWords.words(for: reading.intent, reading).joined(separator: " ")
      let second = PlainWords.words(for: reading.alternative, reading).joined(separator: " ")
      let choices = first == second ? "'\(first)'" : "'\(first)' or '\(second)'"
      say("I'm not sure; did you mean \(choices)? Type the command, or say it another way.")
      return
    }
    let answer = try ask(
      Question(
        id: "run",
        prompt: "That reads as '\(plain.commandLine)' (\(plain.confidence) sure). Run it?",
        hint: "yes / no", defaultAnswer: "yes"))
    // Enter alone takes the default shown: yes.
    let chosen = answer.trimmed.isEmpty ? "yes" : answer.trimmed.lowercased()
    guard ["y", "yes"].contains(chosen) else {
      say("Not run; nothing was recorded.")
      return
    }
    try Shell.execute(plain.words, in: self)
    // Going to court: the ladder's next step, then what the guard says about a claim now.
    if reading.intent == .court, let id = currentCase {
      try previewGuard(
        .escalate(.claimFiled), description: "filing a claim", state: try book.load(id))
    }
  }
}
