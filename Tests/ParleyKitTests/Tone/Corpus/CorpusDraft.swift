import ParleyKit
import Testing

/// One labelled draft in the tone corpus: the text, the verdict a careful
/// reader would give it, and the categories a flagged draft must raise.
struct CorpusDraft: Sendable, CustomTestStringConvertible {
  /// The draft as the user would paste it.
  let text: String
  /// The verdict the checker should reach.
  let verdict: ToneVerdict
  /// For a flagged draft, the categories it must be flagged for.
  let categories: Set<ToneCategory>
  /// What the case knows, or ``ToneContext/none``.
  let context: ToneContext
  /// Where the draft is written, so a failure points at it.
  let sourceLocation: SourceLocation

  var testDescription: String { String(text.prefix(60)) }

  /// Whether a careful reader would stop this draft from going out as it is.
  var isFlagged: Bool { verdict != .send }

  /// A draft that must pass: firm or friendly, but calm.
  static func calm(
    _ text: String, context: ToneContext = .none,
    sourceLocation: SourceLocation = #_sourceLocation
  ) -> CorpusDraft {
    CorpusDraft(
      text: text, verdict: .send, categories: [], context: context,
      sourceLocation: sourceLocation)
  }

  /// A draft that should be revised before it is sent.
  static func revise(
    _ text: String, _ categories: ToneCategory..., context: ToneContext = .none,
    sourceLocation: SourceLocation = #_sourceLocation
  ) -> CorpusDraft {
    CorpusDraft(
      text: text, verdict: .revise, categories: Set(categories), context: context,
      sourceLocation: sourceLocation)
  }

  /// A draft that should not be sent at all.
  static func dontSend(
    _ text: String, _ categories: ToneCategory..., context: ToneContext = .none,
    sourceLocation: SourceLocation = #_sourceLocation
  ) -> CorpusDraft {
    CorpusDraft(
      text: text, verdict: .dontSend, categories: Set(categories), context: context,
      sourceLocation: sourceLocation)
  }
}
