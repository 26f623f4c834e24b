import ParleyStore

/// The journal's hash-chain check as the evidence record states it.
struct EvidenceVerification: Hashable, Sendable {
  /// Whether every line checks out.
  let isIntact: Bool
  /// The number of lines checked (when intact).
  let lineCount: Int?
  /// The SHA-256 of the last line (when intact).
  let lastHash: String?
  /// The first line that fails (when broken).
  let brokenLine: Int?
  /// Why that line fails (when broken).
  let problem: String?

  /// The statement for `result`.
  init(_ result: VerificationResult) {
    switch result {
    case .intact(let lineCount, let lastHash):
      isIntact = true
      self.lineCount = lineCount
      self.lastHash = lastHash
      brokenLine = nil
      problem = nil
    case .broken(let line, let journalProblem):
      isIntact = false
      lineCount = nil
      lastHash = nil
      brokenLine = line
      problem = journalProblem.description
    }
  }

  /// One sentence: `intact: 9 lines, last hash 3f…` or `BROKEN at line 4: …`.
  var sentence: String {
    if isIntact {
      let count = lineCount ?? 0
      return "intact: \(count) \(count == 1 ? "line" : "lines"), each chained to the one "
        + "before by SHA-256; last line's hash \(lastHash ?? "")"
    }
    return "BROKEN at line \(brokenLine ?? 0): \(problem ?? "")"
  }
}
