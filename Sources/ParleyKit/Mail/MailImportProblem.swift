/// Why one message of an import could not be recorded.
public enum MailImportProblem: Error, Hashable, Sendable {
  /// The bytes are not a readable email.
  case unreadable(MailError)
  /// It has no Date field that can be read, so it cannot be dated.
  case undated
  /// It names no sender, so who wrote it is unknown.
  case noSender
  /// It says it was sent after today.
  case sentInFuture(Day)

  /// The problem and what to do about it, in one or two sentences.
  public var message: String {
    switch self {
    case .unreadable(let error):
      return error.message
    case .undated:
      return
        "It has no Date field that can be read, so it cannot take its place in the record. "
        + "Record it by hand as a contact on the day it was sent."
    case .noSender:
      return
        "It has no From field, so who wrote it is unknown. "
        + "Record it by hand as a contact if it belongs to a case."
    case .sentInFuture(let day):
      return
        "It says it was sent on \(day.inWords), after today, so its date cannot be trusted. "
        + "Record it by hand as a contact on the day it really came."
    }
  }
}
