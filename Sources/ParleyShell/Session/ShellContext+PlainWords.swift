import ParleyKit

extension ShellContext {
  /// Reads `text` as plain words for the current (or `--case`) case, if the
  /// model can read it.
  func readPlainWords(_ text: String, arguments: ParsedArguments? = nil) throws -> PlainWords? {
    let state = try? (arguments.map(requireCase) ?? currentCase).map(book.load)
    let today = try self.today()
    let currency = state?.currency ?? .gbp
    let order = state.flatMap(jurisdiction(for:))?.dateOrder ?? .dayFirst
    return RequestReader.read(text, today: today, currency: currency, dateOrder: order)
      .map(PlainWords.init)
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
  }
}
