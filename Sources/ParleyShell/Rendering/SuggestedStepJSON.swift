import ParleyKit

/// A step the output points to, in `--json`: what it is, what it is about,
/// and the command line that takes it.
struct SuggestedStepJSON: Encodable, Equatable {
  /// The step's name: `draft`, `escalate`, `show_all`.
  let step: String
  /// The draft or ladder step it is about (`mediation_proposal`), else null.
  let kind: String?
  /// The command that takes it, as typed: `draft mediation-proposal`.
  let command: String

  init(_ step: SuggestedStep) {
    self.step = step.jsonName
    kind = step.jsonKind
    command = step.command
  }

  /// The steps `guidance` points to, each once, in reading order.
  static func steps(in guidance: [Guidance]) -> [SuggestedStepJSON] {
    var seen: [SuggestedStep] = []
    for step in guidance.flatMap(\.steps) where !seen.contains(step) { seen.append(step) }
    return seen.map(SuggestedStepJSON.init)
  }
}
