import ParleyKit

extension ShellContext {
  /// Runs `interview` to the end and returns the events it asks to record.
  ///
  /// An answer in `presets` (by question id) is used instead of asking. When
  /// `unattended`, a question with no preset takes `fallback(question)`, and
  /// an answer that cannot be used is an error instead of being asked again.
  func converse(
    _ interview: inout some Interview, presets: [String: String], unattended: Bool,
    fallback: (Question) throws -> String
  ) throws -> [CaseEvent] {
    var presets = presets
    var question = interview.currentQuestion
    while true {
      let answer: String
      if let preset = presets.removeValue(forKey: question.id) {
        answer = preset
      } else if unattended {
        answer = try fallback(question)
      } else {
        answer = try ask(question)
      }
      switch interview.answer(answer) {
      case .ask(let next, let notice):
        if let notice { say(notice) }
        question = next
      case .retry(let message, let again):
        guard reader.isInteractive, !unattended else {
          throw ShellError.invalid("\(question.prompt): \(message)")
        }
        warn(message)
        question = again
      case .abandoned:
        throw ShellError.cancelled("not saved; nothing was written")
      case .finished(let events, let notice):
        if let notice { say(notice) }
        return events
      }
    }
  }
}
