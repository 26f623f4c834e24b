/// Words for the user that may point to steps they can take.
///
/// ParleyKit writes the sentence and leaves each step typed, so only the
/// shell words it as a command:
///
/// ```swift
/// let instead: Guidance = "Offer mediation first (\(.draft(.mediationProposal)))."
/// instead.steps  // [.draft(.mediationProposal)]
/// ```
public struct Guidance: Hashable, Sendable {
  /// A piece of the words: plain text, or a step the shell names.
  public enum Part: Hashable, Sendable {
    /// Text shown as it is.
    case text(String)
    /// A step, shown as the command that takes it.
    case step(SuggestedStep)
  }

  /// The pieces, in reading order.
  public let parts: [Part]

  /// Guidance made of `parts`.
  public init(parts: [Part]) {
    // Neighbouring texts are joined, so equal words compare equal however built.
    var joined: [Part] = []
    for part in parts {
      if case .text(let text) = part {
        if text.isEmpty { continue }
        if case .text(let before) = joined.last {
          joined[joined.count - 1] = .text(before + text)
          continue
        }
      }
      joined.append(part)
    }
    self.parts = joined
  }

  /// Plain words that point to no step.
  public init(_ text: String) {
    self.init(parts: [.text(text)])
  }

  /// The steps it points to, in reading order.
  public var steps: [SuggestedStep] {
    parts.compactMap {
      if case .step(let step) = $0 { return step }
      return nil
    }
  }

  /// The words with each step named by `name`.
  public func text(naming name: (SuggestedStep) -> String) -> String {
    parts.map {
      switch $0 {
      case .text(let text): text
      case .step(let step): name(step)
      }
    }.joined()
  }

  /// `left` followed by `right`.
  public static func + (left: Guidance, right: Guidance) -> Guidance {
    Guidance(parts: left.parts + right.parts)
  }
}
