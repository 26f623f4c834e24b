/// Which text of an entry a search matched.
public enum SearchField: String, Hashable, Sendable, CaseIterable {
  /// The client's name.
  case client
  /// How to reach the client.
  case contact
  /// An invoice number.
  case invoice
  /// A contact's one-line summary.
  case summary
  /// A contact's full text (an email, a letter).
  case message
  /// A note.
  case note
  /// What a dispute is about.
  case dispute
  /// An escalation's details, who it went to, or its reference.
  case details
  /// A reason given (for a void, a closing, a correction, a plan change).
  case reason
  /// What the client said about their cash flow.
  case cashFlow = "cash_flow"
  /// A case id the case was known by.
  case caseID = "case_id"
}
