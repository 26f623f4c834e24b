/// Trains every model parley ships with from the labelled corpora.
public enum ModelTraining {
  /// Trains the tone, reply and intent models and bundles them.
  public static func bundle(
    drafts: [LabelledDraft], replies: [CorpusReply], requests: [CorpusRequest],
    settings: TrainingSettings
  ) -> ModelBundle {
    var models = toneModels(drafts: drafts, settings: settings)
    models.append(replyModel(replies: replies, settings: settings))
    models.append(intentModel(requests: requests, settings: settings))
    return ModelBundle(
      models: models,
      trainingDigest: fingerprint(
        drafts: drafts, replies: replies, requests: requests, settings: settings),
      parameters: [ToneModel.ruleSupportParameter: settings.ruleSupportThreshold])
  }

  /// The tone sentence, draft and category models.
  public static func toneModels(
    drafts: [LabelledDraft], settings: TrainingSettings
  ) -> [LinearModel] {
    let hasher = FeatureHasher(dimensionBits: settings.toneBits)
    let categoryHasher = FeatureHasher(dimensionBits: settings.categoryBits)
    var sentences: [(FeatureVector, Int)] = []
    var documents: [(FeatureVector, Int)] = []
    var categories: [TrainingExample] = []
    let categoryLabels = ToneCategory.allCases.map(\.rawValue)
    for draft in drafts {
      // A flagged draft that does not say which sentence is the problem teaches
      // neither model where the trouble is; the first corpus's were also short,
      // a length shortcut the draft model would learn.
      guard draft.hasSentenceLabels else { continue }
      let features = DocumentFeatures(draft.text, hasher: hasher)
      documents.append((features.document, draft.flagged ? 1 : 0))
      let problems = draft.problemRanges
      for (segment, vector) in features.sentences {
        let problem = problems.first { $0.range.overlaps(segment.utf8Offsets) }
        sentences.append((vector, problem == nil ? 0 : 1))
        if let problem, let label = categoryLabels.firstIndex(of: problem.category) {
          var bytes = Array(draft.text.utf8)
          var folded: [UInt8] = []
          let categoryFeatures = bytes.withUnsafeMutableBufferPointer {
            categoryHasher.features(
              of: UnsafeBufferPointer($0), segment.utf8Offsets, scratch: &folded)
          }
          categories.append(TrainingExample(features: categoryFeatures, label: label))
        }
      }
    }
    let trainer = settings.trainer
    return [
      trainer.train(
        balanced(sentences), name: ToneModel.sentenceModelName, labels: ["flagged"],
        hasher: hasher, threshold: settings.sentenceThreshold),
      trainer.train(
        balanced(documents), name: ToneModel.draftModelName, labels: ["flagged"], hasher: hasher,
        threshold: settings.draftThreshold),
      trainer.train(
        categories, name: ToneModel.categoryModelName, labels: categoryLabels,
        hasher: categoryHasher),
    ]
  }

  /// The reply-kind model, over the client's own words (quotes and signature left out).
  public static func replyModel(replies: [CorpusReply], settings: TrainingSettings) -> LinearModel {
    let hasher = FeatureHasher(dimensionBits: settings.replyBits)
    let labels = ReplyKind.allCases.map(\.rawValue)
    let examples = replies.compactMap { reply -> TrainingExample? in
      guard let label = labels.firstIndex(of: reply.kind) else { return nil }
      return TrainingExample(
        features: ReplyModel.features(of: reply.text, hasher: hasher), label: label)
    }
    return settings.trainer.train(
      examples, name: ReplyModel.modelName, labels: labels, hasher: hasher)
  }

  /// The intent model, over the whole request line.
  public static func intentModel(
    requests: [CorpusRequest], settings: TrainingSettings
  ) -> LinearModel {
    let hasher = FeatureHasher(dimensionBits: settings.intentBits ?? 13)
    let labels = RequestIntent.allCases.map(\.rawValue)
    let examples = requests.compactMap { request -> TrainingExample? in
      guard let label = labels.firstIndex(of: request.intent) else { return nil }
      return TrainingExample(
        features: IntentModel.features(of: request.text, hasher: hasher), label: label)
    }
    return settings.trainer.train(
      examples, name: IntentModel.modelName, labels: labels, hasher: hasher)
  }

  /// Binary examples weighted so that both labels count alike in total.
  static func balanced(_ examples: [(FeatureVector, Int)]) -> [TrainingExample] {
    let positives = examples.filter { $0.1 == 1 }.count
    let negatives = examples.count - positives
    guard positives > 0, negatives > 0 else {
      return examples.map { TrainingExample(features: $0.0, label: $0.1) }
    }
    let positiveWeight = Float(negatives) / Float(positives)
    return examples.map {
      TrainingExample(features: $0.0, label: $0.1, weight: $0.1 == 1 ? positiveWeight : 1)
    }
  }

  /// A 64-bit FNV-1a fingerprint of the data and settings, in hex: it names
  /// what a bundle was trained from (it is not a security digest).
  public static func fingerprint(
    drafts: [LabelledDraft], replies: [CorpusReply], requests: [CorpusRequest],
    settings: TrainingSettings
  ) -> String {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    func add(_ string: String) {
      for byte in string.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
      hash = (hash ^ 0xFF) &* 0x0000_0100_0000_01B3
    }
    add("\(settings)")
    for draft in drafts {
      add(draft.text)
      add(draft.flagged ? "1" : "0")
      for problem in draft.problems { add(problem.quote + "\u{1}" + problem.category) }
    }
    for reply in replies { add(reply.text + "\u{1}" + reply.kind) }
    for request in requests { add(request.text + "\u{2}" + request.intent) }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
}
