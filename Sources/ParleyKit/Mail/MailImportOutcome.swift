/// What an import does with one message.
public enum MailImportOutcome: Hashable, Sendable {
  /// Recorded in the case, for the reason given, as this contact.
  case record(caseID: String, match: MailMatch, contact: CaseEvent.ContactLogged)
  /// Already recorded in the case (or earlier in this import when nil); skipped.
  case duplicate(caseID: String?)
  /// Imported into the case before and voided there; skipped unless picked by number.
  case voidedEarlier(caseID: String)
  /// It matches no case; listed, not written.
  case unmatched
  /// It matches more than one case equally well; listed, not written.
  case ambiguous(caseIDs: [String], match: MailMatch)
  /// It belongs to a closed case; listed, not written.
  case closedCase(caseID: String, match: MailMatch)
  /// It could not be read or dated; skipped.
  case refused(MailImportProblem)
}
