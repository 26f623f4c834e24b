/// Whether a draft can go out: send, revise first, or don't send.
public enum ToneVerdict: String, CaseIterable, Codable, Sendable {
  /// No warnings or stops: the draft can be sent (notes may remain).
  case send
  /// At least one warning and no stop: revise, then send.
  case revise
  /// At least one stop: the draft could harm the user's case.
  case dontSend

  /// The verdict for a set of findings: the worst severity decides.
  public init(findings: some Sequence<ToneFinding>) {
    var worst: ToneSeverity?
    for finding in findings where worst.map({ finding.severity > $0 }) ?? true {
      worst = finding.severity
    }
    switch worst {
    case .stop: self = .dontSend
    case .warn: self = .revise
    case .note, nil: self = .send
    }
  }
}
