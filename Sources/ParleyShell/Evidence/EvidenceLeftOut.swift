/// How many entries of one kind the version for sharing left out.
struct EvidenceLeftOut: Hashable, Sendable {
  /// The kind.
  let kind: EvidenceLeftOutKind
  /// How many entries of it, at least 1.
  let count: Int

  /// `2 private notes: the claimant's own notes`.
  var sentence: String { "\(kind.counted(count)): \(kind.holds)" }
}
