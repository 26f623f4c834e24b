/// What a finding says: why it hurts, a calmer phrasing, or what to do instead.
struct ToneMessage: Hashable, Sendable {
  /// Why the words hurt the user's case.
  let why: String
  /// A calmer phrasing, when there is one.
  let alternative: String?
  /// What to do instead, when rewording is not enough.
  let advice: Guidance?

  init(why: String, alternative: String? = nil, advice: Guidance? = nil) {
    self.why = why
    self.alternative = alternative
    self.advice = advice
  }
}
