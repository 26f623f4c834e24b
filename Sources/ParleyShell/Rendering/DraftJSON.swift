import ParleyKit

/// A draft in `draft --json`: every key present, null when empty.
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
    kind = draft.kind.id
    variant = draft.variant.rawValue
    to = draft.recipientEmail
    subject = draft.subject
    body = draft.body
    replyBy = draft.replyBy
    notes = draft.notes.map(\.display)
    attachments = draft.attachments.map { Attachment(title: $0.title, lines: $0.lines) }
    suggestedSteps = SuggestedStepJSON.steps(in: draft.notes)
  }

  enum CodingKeys: String, CodingKey {
    case kind, variant, to, subject, body, notes, attachments
    case replyBy = "reply_by"
    case suggestedSteps = "suggested_steps"
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(kind, forKey: .kind)
    try container.encode(variant, forKey: .variant)
    try container.encode(to, forKey: .to)
    try container.encode(subject, forKey: .subject)
    try container.encode(body, forKey: .body)
    try container.encode(replyBy, forKey: .replyBy)
    try container.encode(notes, forKey: .notes)
    try container.encode(attachments, forKey: .attachments)
    try container.encode(suggestedSteps, forKey: .suggestedSteps)
  }
}
