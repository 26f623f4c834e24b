import ParleyKit

/// A draft in `draft --json`.
struct DraftJSON: Encodable {
  let kind: String
  let variant: String
  let subject: String?
  let body: String
  let replyBy: Day?
  let notes: [String]

  init(_ draft: Draft) {
    kind = draft.kind.id
    variant = draft.variant.rawValue
    subject = draft.subject
    body = draft.body
    replyBy = draft.replyBy
    notes = draft.notes
  }
}
