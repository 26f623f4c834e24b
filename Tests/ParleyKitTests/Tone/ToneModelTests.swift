import Testing

@testable import ParleyKit

/// The fast scoring walk gives what the features say, sentence by sentence.
@Suite("ToneModel: one walk scores what DocumentFeatures describes")
struct ToneModelTests {
  @Test("every training draft scores as its feature vectors do, sentence and draft")
  func fastWalkMatchesFeatures() throws {
    let model = try #require(ToneModel.builtIn)
    let drafts = try CorpusFiles.trainingDrafts()
    #expect(drafts.count > 2_000)
    for draft in drafts.prefix(600) + [LabelledDraft(id: "empty", text: "", flagged: false)] {
      let judgement = model.judge(draft.text)
      let features = DocumentFeatures(draft.text, hasher: model.sentence.hasher)
      #expect(judgement.sentences.map(\.segment) == features.sentences.map(\.segment))
      for (score, sentence) in zip(judgement.sentences, features.sentences) {
        let expected = model.sentence.probabilities(sentence.features)[0]
        #expect(abs(score.probability - expected) < 1e-4, "\(draft.text)")
      }
      let draftExpected = model.draft.probabilities(features.document)[0]
      #expect(abs(judgement.draftProbability - draftExpected) < 1e-4, "\(draft.text)")
    }
  }
}
