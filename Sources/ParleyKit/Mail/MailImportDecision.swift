/// One message of an import and what becomes of it.
public struct MailImportDecision: Hashable, Sendable {
  /// The message's number and source.
  public let number: Int
  /// Where it was read from (`inbox.mbox, message 7`).
  public let source: String
  /// The message as read; nil when it could not be read.
  public let message: MailMessage?
  /// Whether the user sent it (from one of their own addresses).
  public let isOutbound: Bool
  /// Where it goes, or why it does not.
  public let outcome: MailImportOutcome

  /// The case it is recorded in, when it is.
  public var recordedCase: String? {
    if case .record(let caseID, _, _) = outcome { return caseID }
    return nil
  }

  /// The same message with another outcome.
  func with(_ outcome: MailImportOutcome) -> MailImportDecision {
    MailImportDecision(
      number: number, source: source, message: message, isOutbound: isOutbound, outcome: outcome)
  }
}
