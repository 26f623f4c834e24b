/// What a plain-words request at the prompt asks for: the intents of the
/// labelling guide (`Corpus/GUIDE-requests.md`), one per thing parley does.
///
/// The raw value is the label in the corpora and never changes.
public enum RequestIntent: String, CaseIterable, Hashable, Sendable {
  /// What the client can pay, or what the user needs, and when.
  case cashflow
  /// A payment plan to propose, agree or change.
  case plan
  /// The client paid something.
  case paid
  /// The client promised to pay by a day.
  case promise
  /// The client disputes the invoice or the work.
  case dispute
  /// Read or answer the client's message.
  case reply
  /// Check a draft the user wrote.
  case check
  /// Write a reminder or letter.
  case draft
  /// Record a contact that happened.
  case log
  /// Get ready for a conversation to come.
  case prep
  /// On a call now.
  case call
  /// Escalate: court, a claim, a collector.
  case court
  /// Interest, late fees, compensation.
  case interest
  /// What to do now.
  case next
  /// The state of the case.
  case show
  /// A new client or invoice.
  case new
  /// Something to remember on the record.
  case note
  /// A record for a mediator, a court or an accountant.
  case export
  /// Be guided through the whole case.
  case walk
}
