/// Plays back a fixed list of inputs: for tests of the command loop.
///
/// It records every prompt it was asked with and every line remembered, and
/// returns ``LineInput/endOfInput`` once the list is used up.
public final class ScriptedLineReader: LineReader {
  public let isInteractive: Bool
  public private(set) var lineNumber = 0

  /// The prompts passed to ``readLine(prompt:)``, in order.
  public private(set) var prompts: [String] = []
  /// The lines passed to ``remember(_:)``, in order.
  public private(set) var remembered: [String] = []
  /// The inputs not yet read.
  public var remaining: ArraySlice<LineInput>

  /// Plays back `inputs`; `isInteractive` says whether to behave like a person
  /// at a terminal (default) or a script.
  public init(_ inputs: [LineInput], isInteractive: Bool = true) {
    self.remaining = inputs[...]
    self.isInteractive = isInteractive
  }

  /// Plays back `lines` as typed lines.
  public convenience init(lines: [String], isInteractive: Bool = true) {
    self.init(lines.map(LineInput.line), isInteractive: isInteractive)
  }

  public func readLine(prompt: String) -> LineInput {
    prompts.append(prompt)
    guard let next = remaining.popFirst() else { return .endOfInput }
    if case .line = next { lineNumber += 1 }
    return next
  }

  public func remember(_ line: String) {
    remembered.append(line)
  }
}
