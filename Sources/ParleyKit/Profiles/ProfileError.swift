/// Why a jurisdiction profile file cannot be used: the file, the field path
/// and what is wrong with it.
///
/// ``description`` reads `jurisdictions/gb-ewl.json: smallClaims.limit:
/// expected a number`.
public struct ProfileError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file as the user knows it (`jurisdictions/gb-ewl.json`).
  public let file: String
  /// The field's path (`smallClaims.limit`, `courtIssueFees[2].fee`); empty
  /// for the file as a whole.
  public let path: String
  /// What is wrong (`expected a number`).
  public let problem: String

  /// Creates an error.
  public init(file: String, path: String, problem: String) {
    self.file = file
    self.path = path
    self.problem = problem
  }

  public var description: String {
    path.isEmpty ? "\(file): \(problem)" : "\(file): \(path): \(problem)"
  }
}
