/// Where a profile fact comes from: a URL, the date it was true as of, and
/// how far it was verified.
public struct FactSource: Hashable, Sendable, Codable {
  /// The source's address.
  public var url: String
  /// The day the fact was last known to be true (or the text's date).
  public var asOf: Day
  /// Official, secondary or unverified.
  public var verification: FactVerification
  /// A short note on the source (`derived from the 30 June rule`), if any.
  public var note: String?

  /// Creates a source.
  public init(url: String, asOf: Day, verification: FactVerification, note: String? = nil) {
    self.url = url
    self.asOf = asOf
    self.verification = verification
    self.note = note
  }
}
