/// A guided conversation: one question at a time, each answer taken by the
/// conversation, which says what to ask next and, at the end, what to record.
///
/// Only the shell does I/O; a conversation is a pure state machine.
public protocol Interview {
  /// The question waiting for an answer.
  var currentQuestion: Question { get }
  /// Takes one answer and returns what to do next.
  mutating func answer(_ text: String) -> InterviewStep
}

extension NewCaseInterview: Interview {}
extension CashFlowInterview: Interview {}
extension SenderInterview: Interview {}
