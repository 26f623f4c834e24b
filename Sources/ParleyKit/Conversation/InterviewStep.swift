/// What a guided conversation wants after taking an answer.
public enum InterviewStep: Hashable, Sendable {
  /// Ask this question next; `notice` confirms how the last answer was read.
  case ask(Question, notice: String?)
  /// The answer could not be used: say why, then ask again.
  case retry(message: String, Question)
  /// Done: record these events, in order; `notice` confirms how the last
  /// answer was read.
  case finished([CaseEvent], notice: String? = nil)
  /// The user declined at the end: nothing is recorded.
  case abandoned
}
