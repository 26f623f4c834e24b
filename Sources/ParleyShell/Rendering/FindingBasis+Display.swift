import ParleyKit

extension FindingBasis {
  /// What to add after a finding's rule and category: `, model` and the like.
  var suffix: String {
    switch self {
    case .rule: ""
    case .model: ", the model's reading"
    case .caseFacts: ", the case's facts"
    case .unsupportedRule: ", a rule the model does not support"
    }
  }
}
