import ParleyKit

/// A reply's reading in `reply --json`.
struct ReplyAnalysisJSON: Encodable {
  struct Promise: Encodable {
    let amount: Money?
    let date: Day?
    let dateText: String?
  }

  struct Evidence: Encodable {
    let line: Int
    let column: Int
    let text: String
    let kind: String
    let rule: String
  }

  let kind: String
  let secondary: [String]
  let promise: Promise?
  let disputeTopic: String?
  let disputeAbout: String?
  let confidence: Double
  let needsConfirmation: Bool
  let evidence: [Evidence]
  /// The words that pushed the model hardest towards the kind.
  let terms: [String]
  let nextStep: String
  let draft: String
  /// The step that takes it: the draft that fits.
  let suggestedSteps: [SuggestedStepJSON]

  init(_ analysis: ReplyAnalysis) {
    kind = analysis.kind.rawValue.snakeCased
    secondary = analysis.secondary.map(\.rawValue.snakeCased)
    promise = analysis.promise.map {
      Promise(amount: $0.amount, date: $0.date, dateText: $0.dateText)
    }
    disputeTopic = analysis.disputeTopic?.rawValue.snakeCased
    disputeAbout = analysis.disputeAbout
    confidence = analysis.confidence
    needsConfirmation = analysis.needsConfirmation
    evidence = analysis.evidence.map {
      Evidence(
        line: $0.line, column: $0.column, text: $0.text, kind: $0.kind.rawValue.snakeCased,
        rule: $0.rule.snakeCased)
    }
    terms = analysis.modelTerms.map(\.ngram)
    nextStep = analysis.suggestion.nextStep.advice
    draft = analysis.suggestion.draftID.snakeCased
    suggestedSteps =
      DraftKind(id: analysis.suggestion.draftID).map {
        [SuggestedStepJSON(.draft($0))]
      } ?? []
  }
}
