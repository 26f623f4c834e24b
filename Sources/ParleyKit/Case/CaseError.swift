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
  /// The case is closed: nothing but its reopening can be recorded.
  case caseClosed(on: Day, reason: String?)
  /// The case is already closed.
  case alreadyClosed(on: Day)
  /// A reopening of a case that is not closed.
  case notClosed
  /// A new name for the client that is the name they already have.
  case sameClientName(String)
  /// A change of name from a name the client no longer has.
  case clientNameChanged(current: String)
  /// A change of the case's id that names no id, or the same one.
  case badCaseRename
  /// A correction of an entry of a kind that is not corrected field by field.
  case notCorrectable(Int, kind: String)
  /// A correction of a correction: corrections name the entry they correct.
  case correctingACorrection(Int, corrects: Int)
  /// A correction of a voided entry.
  case correctingAVoidedEntry(Int)
  /// A correction of a field the entry does not have.
  case noSuchField(EntryField, entry: Int, kind: String, fields: [EntryField])
  /// A correction that changes nothing.
  case nothingToCorrect(Int)
  /// A promise to pay by a day before the day it was made.
  case promisedBeforeMade(by: Day, on: Day)

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
    case .caseClosed(let on, let reason):
      let why = reason.map { ": \($0)" } ?? ""
      return Guidance(
        "this case was closed on \(on.inWords)\(why); it can be read, exported and "
          + "verified, and nothing more is recorded in it unless it is reopened")
    case .alreadyClosed(let on):
      return Guidance(
        "this case is already closed (since \(on.inWords))")
    case .notClosed:
      return Guidance(
        "this case is not closed, so there is nothing to reopen")
    case .sameClientName(let name):
      return Guidance(
        "the client is already called \(name)")
    case .clientNameChanged(let current):
      return Guidance(
        "the client is now called \(current); give the change from that name")
    case .badCaseRename:
      return Guidance(
        "a change of case id needs the old id and a different new one")
    case .notCorrectable(let seq, let kind):
      return Guidance(
        "entry \(seq) is \(kind), which is not corrected field by field")
    case .correctingACorrection(let seq, let corrects):
      return Guidance(
        "entry \(seq) is a correction of entry \(corrects); correct entry \(corrects) instead")
    case .correctingAVoidedEntry(let seq):
      return Guidance(
        "entry \(seq) is void; a void entry is not corrected (record it again instead)")
    case .noSuchField(let field, let seq, let kind, let fields):
      let list = fields.map(\.rawValue).joined(separator: ", ")
      return Guidance(
        "entry \(seq) is \(kind), which has no \(field.rawValue); its fields are: \(list)")
    case .nothingToCorrect(let seq):
      return Guidance(
        "entry \(seq) already reads that way; there is nothing to correct")
    case .promisedBeforeMade(let by, let on):
      return Guidance(
        "the promised day \(by.short) is before the day it was made, \(on.short)")
    }
  }
}
