/// One labelled fact about a journal entry in the evidence record (`reason`: `they asked`).
struct EvidenceDetail: Hashable, Sendable, Encodable {
  /// What the fact is, in a word or two.
  let label: String
  /// The fact, as text; may span lines.
  let value: String
}
