/// Why an event cannot be recorded, or a journal cannot be read as a case.
///
/// ``message`` says what is wrong and how to fix it; the shell words the
/// steps it points to.
public enum CaseError: Error, Equatable {
  /// The journal does not begin with the case being opened.
  case notOpenedFirst
  /// The case is already open; it cannot be opened twice.
  case alreadyOpened
  /// The case names a currency parley does not know.
  case unknownCurrency(String)
  /// An amount is in another currency than the case.
  case currencyMismatch(expected: String, got: String)
  /// An invoice or payment amount is zero or negative.
  case nonPositiveAmount(String)
  /// An invoice with this number is already in the case.
  case duplicateInvoice(String)
  /// An invoice is due before it was issued.
  case dueBeforeIssued(number: String)
  /// A payment names an invoice the case does not have.
  case unknownInvoice(String, known: [String])
  /// A void names an entry that does not exist.
  case noSuchEntry(Int, last: Int)
  /// A void names an entry already cancelled.
  case alreadyVoided(Int)
  /// A void names an entry that cannot be cancelled.
  case cannotVoid(Int, kind: String)
  /// A required text is empty.
  case emptyText(String)
  /// The case's totals would no longer fit exactly.
  case totalTooLarge
  /// A cash-flow or plan event that cannot be recorded as it is.
  case plan(PlanError)

  /// What is wrong and how to fix it, in one calm sentence.
  public var message: Guidance {
    switch self {
    case .notOpenedFirst:
      return "the journal does not start with the case being opened; run \(.verify) to check it"
    case .alreadyOpened:
      return "this case is already open; start another with \(.newCase)"
    case .unknownCurrency(let code):
      return "unknown currency '\(code)'"
    case .currencyMismatch(let expected, let got):
      return "this case is in \(expected); \(got) amounts cannot be added to it"
    case .nonPositiveAmount(let what):
      return "\(what) must be more than zero"
    case .duplicateInvoice(let number):
      return "invoice \(number) is already in this case; use another number"
    case .dueBeforeIssued(let number):
      return "invoice \(number) cannot be due before it was issued; check the dates"
    case .unknownInvoice(let number, let known):
      let list = known.isEmpty ? "none yet" : known.joined(separator: ", ")
      return "there is no invoice \(number) in this case (invoices: \(list))"
    case .noSuchEntry(let seq, let last):
      return "there is no entry \(seq); entries run from 1 to \(last) (\(.showAll) lists them)"
    case .alreadyVoided(let seq):
      return "entry \(seq) is already void"
    case .cannotVoid(let seq, let kind):
      return "entry \(seq) (\(kind)) cannot be voided"
    case .emptyText(let what):
      return "\(what) cannot be empty"
    case .totalTooLarge:
      return "the case's total would be too large to keep exactly"
    case .plan(let error):
      return Guidance(error.description)
    }
  }
}
