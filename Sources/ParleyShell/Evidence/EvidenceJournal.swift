/// The journal file an evidence record was made from, so the record can be matched to it.
struct EvidenceJournal: Hashable, Sendable {
  /// The journal's file name (`acme-ltd.jsonl`).
  let fileName: String
  /// The SHA-256 (lowercase hex) of the whole file as it was read.
  let sha256: String
  /// The hash chain's check.
  let verification: EvidenceVerification

  /// What each entry's hash is, for the record's readers.
  static let entryHashesSentence =
    "each entry below carries the SHA-256 of its line in the journal file, without the line "
    + "break, so anyone holding the journal can check it"

  /// A shell command that prints the hash of entry N's line, for a reader to compare.
  var checkCommand: String { "sed -n Np \(fileName) | tr -d '\\n' | sha256sum" }
}
