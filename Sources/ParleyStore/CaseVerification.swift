/// The verification result for one case of the workspace.
public struct CaseVerification: Hashable, Sendable {
  /// The case id.
  public var caseID: String
  /// How its journal's chain checked out.
  public var result: VerificationResult

  /// Creates a case verification.
  public init(caseID: String, result: VerificationResult) {
    self.caseID = caseID
    self.result = result
  }
}
