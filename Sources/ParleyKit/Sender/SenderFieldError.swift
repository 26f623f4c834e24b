/// Why an answer cannot be one of the user's details.
public struct SenderFieldError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The detail being set.
  public let field: SenderField
  /// What is wrong with the answer, and how to write it.
  public let problem: String

  /// `--email: 'sam' is not an email address`.
  public var description: String { "--\(field.rawValue): \(problem)" }
}
