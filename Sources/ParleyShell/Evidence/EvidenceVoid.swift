/// How a journal entry was cancelled: by which later entry, and why.
struct EvidenceVoid: Hashable, Sendable, Encodable {
  /// The `void` entry that cancelled it.
  let voidedBy: Int
  /// The reason given.
  let reason: String
}
