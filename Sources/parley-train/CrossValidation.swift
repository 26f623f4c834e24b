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
    outOfFold(replies, settings: settings, folds: folds) { training in
      ReplyModel(
        bundle: ModelBundle(
          models: [ModelTraining.replyModel(replies: training, settings: settings)],
          trainingDigest: ""))
    } predict: { model, reply in
      model.probabilities(reply.text).first?.kind.rawValue ?? ""
    }
  }

  /// Each request's out-of-fold predicted intent.
  static func requestIntents(
    _ requests: [CorpusRequest], settings: TrainingSettings, folds: Int = 5
  ) -> [String] {
    outOfFold(requests, settings: settings, folds: folds) { training in
      IntentModel(
        bundle: ModelBundle(
          models: [ModelTraining.intentModel(requests: training, settings: settings)],
          trainingDigest: ""))
    } predict: { model, request in
      model.probabilities(request.text).first?.intent.rawValue ?? ""
    }
  }

  /// Each item's label predicted by a model trained on the other folds, the
  /// folds drawn in the settings' seeded order.
  private static func outOfFold<Item, Model>(
    _ items: [Item], settings: TrainingSettings, folds: Int,
    train: ([Item]) -> Model?, predict: (Model, Item) -> String
  ) -> [String] {
    var order = Array(items.indices)
    var generator = SplitMix64(seed: settings.seed)
    order.shuffle(using: &generator)
    var labels = [String](repeating: "", count: items.count)
    for fold in 0..<folds {
      let held = Set(order.enumerated().filter { $0.offset % folds == fold }.map(\.element))
      let training = items.indices.filter { !held.contains($0) }.map { items[$0] }
      guard let model = train(training) else { continue }
      for index in held { labels[index] = predict(model, items[index]) }
    }
    return labels
  }
}
