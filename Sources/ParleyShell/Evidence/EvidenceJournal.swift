/// The journal file an evidence record was made from, so the record can be matched to it.
struct EvidenceJournal: Hashable, Sendable {
  /// The journal's file name (`acme-ltd.jsonl`).
  let fileName: String
  /// The SHA-256 (lowercase hex) of the whole file as it was read.
  let sha256: String
  /// The hash chain's check.
  let verification: EvidenceVerification
}
