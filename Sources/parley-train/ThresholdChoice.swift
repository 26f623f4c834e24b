/// Chooses the sentence, draft and rule-support thresholds from out-of-fold
/// scores: the highest recall whose false-alarm rate stays within a budget.
struct ThresholdChoice {
  let sentence: Float
  let draft: Float
  let rule: Float
  let recall: Double
  let falseAlarmRate: Double

  /// The best triple among the thresholds that sit just above a calm draft's score.
  static func best(
    scores: [ToneScores], flagged: [Bool], falseAlarmBudget: Double
  ) -> ThresholdChoice {
    let positives = max(flagged.filter { $0 }.count, 1)
    let negatives = max(flagged.filter { !$0 }.count, 1)
    let calm = scores.indices.filter { !flagged[$0] }
    let allowed = Int(Double(negatives) * falseAlarmBudget)
    // Only thresholds just above one of the highest-scoring calm drafts can be best.
    func candidates(_ values: [Float]) -> [Float] {
      let top = Array(values.sorted(by: >).prefix(allowed + 1))
      return top.map { $0.nextUp } + [1.5]
    }
    var best = ThresholdChoice(
      sentence: 0.5, draft: 0.5, rule: 0.5, recall: -1, falseAlarmRate: 1)
    for sentence in candidates(calm.map { scores[$0].sentence }) {
      for draft in candidates(calm.map { scores[$0].draft }) {
        for rule in candidates(calm.map { scores[$0].rule }) where rule <= sentence {
          var hits = 0
          var alarms = 0
          for index in scores.indices
          where scores[index].sentence >= sentence || scores[index].draft >= draft
            || scores[index].rule >= rule
          {
            if flagged[index] { hits += 1 } else { alarms += 1 }
          }
          let recall = Double(hits) / Double(positives)
          let rate = Double(alarms) / Double(negatives)
          guard rate <= falseAlarmBudget else { continue }
          if recall > best.recall || recall == best.recall && rate < best.falseAlarmRate {
            best = ThresholdChoice(
              sentence: sentence, draft: draft, rule: rule, recall: recall, falseAlarmRate: rate)
          }
        }
      }
    }
    return best
  }
}
