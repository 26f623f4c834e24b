extension Guidance: ExpressibleByStringInterpolation {
  /// Builds guidance from a literal, where `\(step)` places a step and any
  /// other value is placed as its text.
  public struct StringInterpolation: StringInterpolationProtocol {
    var parts: [Part] = []

    public init(literalCapacity: Int, interpolationCount: Int) {}

    public mutating func appendLiteral(_ literal: String) {
      parts.append(.text(literal))
    }

    /// Places a step, for the shell to name.
    public mutating func appendInterpolation(_ step: SuggestedStep) {
      parts.append(.step(step))
    }

    /// Places other guidance, steps and all.
    public mutating func appendInterpolation(_ guidance: Guidance) {
      parts += guidance.parts
    }

    /// Places a value as its text: a number, a day, a name.
    public mutating func appendInterpolation(_ value: some CustomStringConvertible) {
      parts.append(.text(value.description))
    }
  }

  public init(stringLiteral value: String) {
    self.init(value)
  }

  public init(stringInterpolation: StringInterpolation) {
    self.init(parts: stringInterpolation.parts)
  }
}
