/// A case that could not be read, in JSON output.
struct DamagedCaseJSON: Encodable {
  let caseID: String
  let problem: String

  init(id: String, problem: String) {
    caseID = id
    self.problem = problem
  }

  private enum CodingKeys: String, CodingKey {
    case caseID = "case_id"
    case problem
  }
}
