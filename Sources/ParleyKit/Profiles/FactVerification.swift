/// How far a profile fact was checked against its source.
public enum FactVerification: String, CaseIterable, Hashable, Sendable, Codable {
  /// Read in an official or primary text (legislation, court rules, gov.uk).
  case official
  /// Seen only in secondary sources (law firms, advice sites).
  case secondary
  /// Not verified: derived, conflicting or a parley default; check before relying on it.
  case unverified
}
