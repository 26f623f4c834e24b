/// What the `walk` conversation wants after taking an answer.
public enum WalkStep: Hashable, Sendable {
  /// Record `events` now, in order, then ask `question`; `notice` says how
  /// the answer was read.
  case ask(Question, record: [CaseEvent], notice: String?)
  /// The answer could not be used: say why (and what helps), then ask again.
  case retry(message: Guidance, Question)
  /// The questions are over: record `events`, then go on to the next step.
  case finished(record: [CaseEvent], notice: String?)
}
