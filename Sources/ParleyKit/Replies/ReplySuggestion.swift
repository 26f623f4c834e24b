/// The next step that fits a reply, and the draft to write it with.
public struct ReplySuggestion: Hashable, Sendable {
  /// What to do next.
  public let nextStep: ReplyNextStep
  /// The draft that fits.
  public let draft: ReplyDraft

  /// Creates a suggestion.
  public init(nextStep: ReplyNextStep, draft: ReplyDraft) {
    self.nextStep = nextStep
    self.draft = draft
  }

  /// The draft's id as the drafts name it, such as `plan-proposal`.
  public var draftID: String { draft.rawValue }
}
