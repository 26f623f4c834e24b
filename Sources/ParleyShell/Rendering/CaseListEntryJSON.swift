/// One entry of `cases --json`: a case's summary, or a case whose journal
/// cannot be read, as `{"case_id": …, "damaged": "why"}`.
enum CaseListEntryJSON: Encodable {
  case readable(CaseSummaryJSON)
  case damaged(id: String, problem: String)

  private enum Keys: String, CodingKey {
    case caseID = "case_id"
    case damaged
  }

  func encode(to encoder: any Encoder) throws {
    switch self {
    case .readable(let summary):
      try summary.encode(to: encoder)
    case .damaged(let id, let problem):
      var container = encoder.container(keyedBy: Keys.self)
      try container.encode(id, forKey: .caseID)
      try container.encode(problem, forKey: .damaged)
    }
  }
}
