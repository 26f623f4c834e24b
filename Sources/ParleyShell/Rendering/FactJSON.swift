import ParleyKit

/// A legal or local fact with its source, in every JSON output that shows
/// one (`interest --json`, `jurisdictions show ID --json`).
struct FactJSON: Encodable {
  let path: String
  let value: String
  let url: String
  let asOf: Day
  let verification: String
  let note: String?
  /// Whether to check it before relying on it: unverified, or over a year old.
  let stale: Bool

  init(_ fact: ProfileFact, today: Day) {
    path = fact.path
    value = fact.value
    url = fact.source.url
    asOf = fact.source.asOf
    verification = fact.source.verification.rawValue.snakeCased
    note = fact.source.note
    stale = fact.isStale(today: today)
  }
}
