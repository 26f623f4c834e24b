import ParleyKit

extension SuggestedStep {
  /// The command line that takes the step, as typed: `draft mediation-proposal`.
  ///
  /// This is the one place a ParleyKit step becomes a command.
  var command: String {
    switch self {
    case .draft(let kind): "draft \(kind.id)"
    case .escalate(let step): "escalate \(step.rawValue)"
    case .next: "next"
    case .verify: "verify"
    case .newCase: "new"
    case .showAll: "show --all"
    case .senderDetails: "me"
    case .proposePlan: "plan propose"
    case .agreePlan: "plan agree N"
    case .disputeAmount: "dispute --amount"
    case .cashFlow: "cashflow"
    }
  }

  /// The command as a sentence names it: `'draft mediation-proposal'`.
  var quoted: String { "'\(command)'" }

  /// The step's name in `--json`, snake_case: `draft`, `show_all`.
  var jsonName: String {
    switch self {
    case .draft: "draft"
    case .escalate: "escalate"
    case .next: "next"
    case .verify: "verify"
    case .newCase: "new_case"
    case .showAll: "show_all"
    case .senderDetails: "sender_details"
    case .proposePlan: "propose_plan"
    case .agreePlan: "agree_plan"
    case .disputeAmount: "dispute_amount"
    case .cashFlow: "cash_flow"
    }
  }

  /// What the step is about in `--json`, snake_case (`mediation_proposal`);
  /// nil for a step that takes no kind.
  var jsonKind: String? {
    switch self {
    case .draft(let kind): kind.id.replacingOccurrences(of: "-", with: "_")
    case .escalate(let step): step.rawValue.replacingOccurrences(of: "-", with: "_")
    default: nil
    }
  }
}
