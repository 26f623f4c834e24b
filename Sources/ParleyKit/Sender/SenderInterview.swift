/// The guided `me` conversation: the user's name, business, address,
/// contact details and how clients pay, one question at a time.
///
/// Enter alone keeps what was known (or leaves it unset); `-` clears an
/// answer; `back` revises the previous one. At the end ``details`` holds
/// the answers; nothing is recorded in any case's journal.
public struct SenderInterview: Sendable {
  /// The details so far: the earlier ones with this conversation's answers.
  public private(set) var details: SenderDetails
  private var history: [(field: SenderField, before: SenderDetails)] = []
  private var field: SenderField? = SenderField.allCases.first

  /// Starts the conversation from the details known so far.
  public init(earlier: SenderDetails) {
    self.details = earlier
  }

  /// The question waiting for an answer.
  public var currentQuestion: Question {
    let field = field ?? .signature
    return Question(
      id: field.rawValue, prompt: field.prompt, hint: field.hint,
      defaultAnswer: field.text(in: details) ?? "")
  }

  /// Takes one answer and returns what to do next.
  public mutating func answer(_ raw: String) -> InterviewStep {
    guard let current = field else { return .finished([]) }
    let text = raw.trimmed
    if text.lowercased() == "back" {
      guard let previous = history.popLast() else {
        return .retry(
          message: "this is the first question; there is nothing to go back to", currentQuestion)
      }
      details = previous.before
      field = previous.field
      return .ask(currentQuestion, notice: nil)
    }
    let before = details
    if text == "-" {
      try? current.set("", in: &details)
    } else if !text.isEmpty {
      do {
        try current.set(text, in: &details)
      } catch {
        return .retry(message: error.problem, currentQuestion)
      }
    }
    history.append((current, before))
    let all = SenderField.allCases
    let index = all.firstIndex(of: current).map { all.index(after: $0) } ?? all.endIndex
    field = index < all.endIndex ? all[index] : nil
    guard field != nil else { return .finished([]) }
    return .ask(currentQuestion, notice: nil)
  }
}
