import ParleyKit

extension Day {
  /// The day in ISO and in words, for an evidence record: `2026-10-08 (Thursday 8 October 2026)`.
  var isoAndWords: String { "\(iso) (\(inWords))" }
}
