import ParleyStore

/// One case's `verify` result, for text and `--json`.
struct VerificationReport: Encodable {
  let caseID: String
  let intact: Bool
  let lineCount: Int
  let lastHash: String
  let brokenLine: Int?
  let problem: String?

  init(caseID: String, result: VerificationResult) {
    self.caseID = caseID
    switch result {
    case .intact(let lineCount, let lastHash):
      intact = true
      self.lineCount = lineCount
      self.lastHash = lastHash
      brokenLine = nil
      problem = nil
    case .broken(let line, let journalProblem):
      intact = false
      lineCount = 0
      lastHash = ""
      brokenLine = line
      problem = "line \(line): \(journalProblem)"
    }
  }
}
