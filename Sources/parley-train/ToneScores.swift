/// One draft's out-of-fold scores, for choosing thresholds.
struct ToneScores {
  /// The strongest sentence's probability.
  let sentence: Float
  /// The whole draft's probability.
  let draft: Float
  /// The highest probability of a sentence holding a rule's warning or stop.
  let rule: Float
}
