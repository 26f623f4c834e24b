/// What a finding rests on: a rule's exact phrase, the trained model's reading
/// of a sentence, or the case's facts.
public enum FindingBasis: String, Hashable, Codable, Sendable {
  /// A rule matched the words of the span, and the model supports it: the
  /// sentence's probability is at least ``ToneModel/ruleSupportThreshold``.
  case rule
  /// The trained model flags the sentence; no rule names its words.
  case model
  /// The case's facts: how recently you wrote, a promised day, a plan on track.
  case caseFacts
  /// A rule matched, but the model reads the sentence as fine, so it is only a note.
  case unsupportedRule
}
