/// The outcome of checking a journal's hash chain, line by line.
public enum VerificationResult: Hashable, Sendable, CustomStringConvertible {
  /// Every line parses, seq runs 1…`lineCount`, and each `prev` matches.
  ///
  /// `lastHash` is the SHA-256 of the last line (64 zeros when empty); keep
  /// it somewhere else to also detect a later change to the last line.
  case intact(lineCount: Int, lastHash: String)
  /// Line `line` (1-based) is the first that fails, for the reason given.
  case broken(line: Int, problem: JournalError)

  /// Whether the whole chain checks out.
  public var isIntact: Bool {
    if case .intact = self { return true }
    return false
  }

  /// `intact: 12 lines, last hash 3f…` or `broken at line 7: …`.
  public var description: String {
    switch self {
    case .intact(let lineCount, let lastHash):
      "intact: \(lineCount) line\(lineCount == 1 ? "" : "s"), last hash \(lastHash)"
    case .broken(let line, let problem):
      "broken at line \(line): \(problem)"
    }
  }
}
