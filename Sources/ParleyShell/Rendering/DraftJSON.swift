import ParleyKit

/// A draft in `draft --json`.
struct DraftJSON: Encodable {
  /// A page enclosed with the draft.
  struct Attachment: Encodable {
    let title: String
    let lines: [String]
  }

  let kind: String
  let variant: String
  let to: String?
  let subject: String?
  let body: String
  let replyBy: Day?
  let notes: [String]
  let attachments: [Attachment]
  /// The steps the notes point to, each once.
  let suggestedSteps: [SuggestedStepJSON]

  init(_ draft: Draft) {
    kind = draft.kind.id.snakeCased
    variant = draft.variant.rawValue.snakeCased
    to = draft.recipientEmail
    subject = draft.subject
    body = draft.body
    replyBy = draft.replyBy
    notes = draft.notes.map(\.display)
    attachments = draft.attachments.map { Attachment(title: $0.title, lines: $0.lines) }
    suggestedSteps = SuggestedStepJSON.steps(in: draft.notes)
  }
}
