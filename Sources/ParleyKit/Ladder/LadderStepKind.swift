/// What was done at a rung of the ladder.
public enum LadderStepKind: Hashable, Sendable {
  /// A written reminder (email, letter, message) to the client.
  case reminder(ContactChannel)
  /// A call or meeting with the client, either way.
  case conversation(ContactChannel)
  /// A promise to pay by a day.
  case promise(by: Day)
  /// A payment plan agreed.
  case planAgreed(id: String)
  /// A step recorded with `escalate`.
  case escalation(EscalationStep)

  /// The rung the step belongs to.
  public var stage: LadderStage {
    switch self {
    case .reminder: .remind
    case .conversation: .talk
    case .promise, .planAgreed: .arrange
    case .escalation(let step): step.stage
    }
  }
}
