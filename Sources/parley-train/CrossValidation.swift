import ParleyKit

/// Out-of-fold predictions, for choosing thresholds without touching held-out data.
enum CrossValidation {
  /// Each draft's out-of-fold scores: the strongest sentence's probability,
  /// the draft's, and the highest probability of a sentence holding a rule's
  /// warning or stop.
  static func toneScores(
    _ drafts: [LabelledDraft], settings: TrainingSettings, folds: Int = 5
  ) -> [ToneScores] {
    var order = Array(drafts.indices)
    var generator = SplitMix64(seed: settings.seed)
    order.shuffle(using: &generator)
    var scores = [ToneScores](
      repeating: ToneScores(sentence: 0, draft: 0, rule: 0), count: drafts.count)
    for fold in 0..<folds {
      let held = Set(order.enumerated().filter { $0.offset % folds == fold }.map(\.element))
      let training = drafts.indices.filter { !held.contains($0) }.map { drafts[$0] }
      let bundle = ModelBundle(
        models: ModelTraining.toneModels(drafts: training, settings: settings), trainingDigest: "")
      guard let model = ToneModel(bundle: bundle) else { continue }
      for index in held {
        let judgement = model.judge(drafts[index].text)
        var rule: Float = 0
        for finding in ToneChecker.check(drafts[index].text, model: nil).blocking {
          for sentence in judgement.sentences
          where sentence.segment.utf8Offsets.overlaps(finding.span.utf8Offsets) {
            rule = max(rule, sentence.probability)
          }
        }
        scores[index] = ToneScores(
          sentence: judgement.strongest?.probability ?? 0, draft: judgement.draftProbability,
          rule: rule)
      }
    }
    return scores
  }

  /// Each reply's out-of-fold predicted kind.
  static func replyKinds(
    _ replies: [CorpusReply], settings: TrainingSettings, folds: Int = 5
  ) -> [String] {
    var order = Array(replies.indices)
    var generator = SplitMix64(seed: settings.seed)
    order.shuffle(using: &generator)
    var kinds = [String](repeating: "", count: replies.count)
    for fold in 0..<folds {
      let held = Set(order.enumerated().filter { $0.offset % folds == fold }.map(\.element))
      let training = replies.indices.filter { !held.contains($0) }.map { replies[$0] }
      let bundle = ModelBundle(
        models: [ModelTraining.replyModel(replies: training, settings: settings)],
        trainingDigest: "")
      guard let model = ReplyModel(bundle: bundle) else { continue }
      for index in held {
        kinds[index] = model.probabilities(replies[index].text).first?.kind.rawValue ?? ""
      }
    }
    return kinds
  }

  /// Each request's out-of-fold predicted intent.
  static func requestIntents(
    _ requests: [CorpusRequest], settings: TrainingSettings, folds: Int = 5
  ) -> [String] {
    var order = Array(requests.indices)
    var generator = SplitMix64(seed: settings.seed)
    order.shuffle(using: &generator)
    var intents = [String](repeating: "", count: requests.count)
    for fold in 0..<folds {
      let held = Set(order.enumerated().filter { $0.offset % folds == fold }.map(\.element))
      let training = requests.indices.filter { !held.contains($0) }.map { requests[$0] }
      let bundle = ModelBundle(
        models: [ModelTraining.intentModel(requests: training, settings: settings)],
        trainingDigest: "")
      guard let model = IntentModel(bundle: bundle) else { continue }
      for index in held {
        intents[index] = model.probabilities(requests[index].text).first?.intent.rawValue ?? ""
      }
    }
    return intents
  }
}
