import Foundation
import Testing

@testable import ParleyKit

@Suite("BuiltInModels: the weights compiled into parley")
struct BuiltInModelsTests {
  @Test("the compiled bundle decodes and holds every model parley uses")
  func bundleIsComplete() throws {
    let bundle = try #require(BuiltInModels.decode())
    #expect(ToneModel(bundle: bundle) != nil)
    #expect(ReplyModel(bundle: bundle) != nil)
    #expect(IntentModel(bundle: bundle) != nil)
    #expect(bundle.encoded().count < 2_000_000)
  }

  @Test("the compiled weights were trained from the corpora and settings as they are now")
  func weightsMatchTheCorpora() throws {
    let bundle = try #require(BuiltInModels.decode())
    let digest = ModelTraining.fingerprint(
      drafts: try CorpusFiles.trainingDrafts(), replies: try CorpusFiles.trainingReplies(),
      requests: try CorpusFiles.trainingRequests(), settings: try CorpusFiles.settings())
    #expect(
      bundle.trainingDigest == digest,
      "the corpora or settings changed since the weights were trained: run Scripts/train")
  }

  @Test(
    "every training record is well formed: labels known, quotes found, promise details only on promises"
  )
  func corporaAreWellFormed() throws {
    let categories = Set(ToneCategory.allCases.map(\.rawValue))
    for draft in try CorpusFiles.trainingDrafts() {
      #expect(draft.flagged || draft.problems.isEmpty, "\(draft.id)")
      #expect(draft.problemRanges.count == draft.problems.count, "\(draft.id): a quote not found")
      #expect(draft.problems.allSatisfy { categories.contains($0.category) }, "\(draft.id)")
    }
    for request in try CorpusFiles.trainingRequests() {
      #expect(RequestIntent(rawValue: request.intent) != nil, "\(request.id)")
    }
    for reply in try CorpusFiles.trainingReplies() {
      #expect(ReplyKind(rawValue: reply.kind) != nil, "\(reply.id)")
      if reply.kind != ReplyKind.promiseToPay.rawValue {
        #expect(reply.amount == nil && reply.date == nil, "\(reply.id)")
      }
    }
  }
}

@Suite("Training: the committed weights are what the corpora train")
struct RetrainingTests {
  @Test("retraining from the corpora and settings gives exactly the committed weights")
  func retrainingReproducesTheCommittedWeights() throws {
    let bundle = ModelTraining.bundle(
      drafts: try CorpusFiles.trainingDrafts(), replies: try CorpusFiles.trainingReplies(),
      requests: try CorpusFiles.trainingRequests(), settings: try CorpusFiles.settings())
    let committed = try String(
      contentsOf: CorpusFiles.root.appendingPathComponent(
        "Sources/ParleyKit/Resources/ModelWeights.swift"),
      encoding: .utf8)
    #expect(committed == bundle.swiftSource(), "the weights are not current: run Scripts/train")
  }
}

@Suite("BuiltInModels: families load apart")
struct BuiltInModelFamiliesTests {
  @Test("check loads only the tone family and reply only the reply family, each complete")
  func familiesAreApart() throws {
    let tone = try #require(BuiltInModels.decode(family: "tone"))
    let reply = try #require(BuiltInModels.decode(family: "reply"))
    #expect(ToneModel(bundle: tone) != nil)
    #expect(ReplyModel(bundle: tone) == nil)
    #expect(ReplyModel(bundle: reply) != nil)
    #expect(Set(tone.models.keys) == ["tone.sentence", "tone.draft", "tone.category"])
    #expect(tone.parameters.keys.allSatisfy { $0.hasPrefix("tone.") })
    #expect(tone.trainingDigest == reply.trainingDigest)
    #expect(BuiltInModels.decode(family: "nosuch") == nil)
  }
}
