/// One question a guided conversation asks, with what Enter alone means.
public struct Question: Hashable, Sendable {
  /// A stable id for the question (`client`, `amount`).
  public let id: String
  /// The question as the user sees it (`Client's name`).
  public let prompt: String
  /// An example or the choices, shown beside the prompt.
  public let hint: String?
  /// The answer Enter alone gives; nil when an answer is required.
  public let defaultAnswer: String?
  /// Text to show before the question, such as a summary to confirm.
  public let preamble: String?

  /// Creates a question.
  public init(
    id: String, prompt: String, hint: String? = nil, defaultAnswer: String? = nil,
    preamble: String? = nil
  ) {
    self.id = id
    self.prompt = prompt
    self.hint = hint
    self.defaultAnswer = defaultAnswer
    self.preamble = preamble
  }
}
