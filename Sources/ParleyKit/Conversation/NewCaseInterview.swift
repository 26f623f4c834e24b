/// The guided `new` conversation: client, invoice and dates, one question at a time.
///
/// A state machine: ``answer(_:)`` takes one line and returns the next step;
/// only the shell does I/O. `back` revises the previous answer, which then
/// becomes the default so Enter keeps it.
public struct NewCaseInterview: Sendable {
  private enum Field: String, Sendable {
    case client, kind, contact, jurisdiction, currency
    case invoiceNumber = "invoice", amount, issued, due, another, confirm
  }

  private let today: Day
  /// The jurisdictions a case may be opened under, the default first.
  private let jurisdictions: [Jurisdiction]
  private var answers: [Field: String] = [:]
  private var history: [Field] = []
  private var field: Field = .client
  private let dueHint: String?
  private var invoices: [CaseEvent.InvoiceAdded] = []
  private var opened = CaseEvent.CaseOpened(
    client: "", contact: nil, debtorKind: .business,
    jurisdiction: Jurisdiction.defaultJurisdiction.id,
    currency: Jurisdiction.defaultJurisdiction.currency.code)
  private var pending = CaseEvent.InvoiceAdded(
    number: "", amount: .zero(.gbp), issued: .unixEpoch, due: .unixEpoch)

  /// Starts the conversation on `today` (the default issue date), offering
  /// `jurisdictions` (the built-in ones and any the user added), the first
  /// one as the default. `dueHint` is the due day given ahead (an option,
  /// plain words): the first invoice's issue day then defaults to 30 days
  /// before it, so a past due day is not refused as before "today".
  public init(
    today: Day, jurisdictions: [Jurisdiction] = Jurisdiction.builtIn, dueHint: String? = nil
  ) {
    self.today = today
    self.dueHint = dueHint
    self.jurisdictions = jurisdictions.isEmpty ? Jurisdiction.builtIn : jurisdictions
    let first = self.jurisdictions.first ?? Jurisdiction.defaultJurisdiction
    opened.jurisdiction = first.id
    opened.currency = first.currency.code
  }

  /// The offered jurisdiction with this id (any case), if there is one.
  private func offered(_ id: String) -> Jurisdiction? {
    let lower = id.lowercased()
    return jurisdictions.first { $0.id == lower }
  }

  /// The question waiting for an answer.
  public var currentQuestion: Question { question(for: field) }

  /// Takes one answer and returns what to do next.
  public mutating func answer(_ raw: String) -> InterviewStep {
    let text = raw.trimmed
    if text.lowercased() == "back" { return goBack() }
    let given = text.isEmpty ? (answers[field] ?? question(for: field).defaultAnswer ?? "") : text
    do {
      let notice = try accept(given)
      answers[field] = given
      history.append(field)
      return advance(notice: notice)
    } catch {
      return .retry(message: error.message, currentQuestion)
    }
  }

  private mutating func goBack() -> InterviewStep {
    guard let previous = history.popLast() else {
      return .retry(
        message: "this is the first question; there is nothing to go back to",
        currentQuestion)
    }
    if previous == .another, let last = invoices.popLast() {
      restoreInvoiceAnswers(last)
    }
    field = previous
    return .ask(currentQuestion, notice: nil)
  }

  private mutating func restoreInvoiceAnswers(_ invoice: CaseEvent.InvoiceAdded) {
    answers[.invoiceNumber] = invoice.number
    answers[.amount] = invoice.amount.formatted
    answers[.issued] = invoice.issued.iso
    answers[.due] = invoice.due.iso
    pending = invoice
  }

  private mutating func advance(notice: String?) -> InterviewStep {
    switch field {
    case .client: field = .kind
    case .kind: field = .contact
    case .contact: field = .jurisdiction
    case .jurisdiction: field = .currency
    case .currency: field = .invoiceNumber
    case .invoiceNumber: field = .amount
    case .amount: field = .issued
    case .issued: field = .due
    case .due:
      field = .another
    case .another:
      invoices.append(pending)
      if isYes(answers[.another] ?? "") {
        for key in [Field.invoiceNumber, .amount, .issued, .due] { answers[key] = nil }
        field = .invoiceNumber
      } else {
        field = .confirm
      }
    case .confirm:
      return isYes(answers[.confirm] ?? "") ? .finished(events()) : .abandoned
    }
    return .ask(currentQuestion, notice: notice)
  }

  private func isYes(_ text: String) -> Bool {
    ["y", "yes"].contains(text.lowercased())
  }

  private var jurisdiction: Jurisdiction {
    offered(opened.jurisdiction) ?? jurisdictions.first ?? .defaultJurisdiction
  }

  private var currency: Currency { Currency.named(opened.currency) ?? jurisdiction.currency }

  private func question(for field: Field) -> Question {
    let previous = answers[field]
    switch field {
    case .client:
      return Question(
        id: field.rawValue, prompt: "Client's name", hint: "as on the invoice, e.g. Acme Ltd",
        defaultAnswer: previous)
    case .kind:
      return Question(
        id: field.rawValue, prompt: "Is the client a business, a sole trader or an individual?",
        hint: "business (a company or partnership), sole trader, or individual (a consumer)",
        defaultAnswer: previous ?? "business")
    case .contact:
      return Question(
        id: field.rawValue, prompt: "How do you reach them?",
        hint: "an email, a phone number or a name; Enter to skip", defaultAnswer: previous ?? "")
    case .jurisdiction:
      let ids = jurisdictions.map(\.id).joined(separator: ", ")
      return Question(
        id: field.rawValue, prompt: "Where is the debt governed?", hint: ids,
        defaultAnswer: previous ?? jurisdictions.first?.id)
    case .currency:
      return Question(
        id: field.rawValue, prompt: "Currency", hint: "an ISO code such as GBP, EUR, USD",
        defaultAnswer: previous ?? jurisdiction.currency.code)
    case .invoiceNumber:
      let ordinal = invoices.isEmpty ? "Invoice number" : "Next invoice number"
      return Question(
        id: field.rawValue, prompt: ordinal, hint: "e.g. INV-042", defaultAnswer: previous)
    case .amount:
      return Question(
        id: field.rawValue, prompt: "Amount unpaid on it", hint: "e.g. \(example)",
        defaultAnswer: previous)
    case .issued:
      return Question(
        id: field.rawValue, prompt: "Issued on", hint: "a date, e.g. 2026-10-01 or 1 Oct",
        defaultAnswer: previous ?? issuedBeforeHintedDue?.iso ?? "today")
    case .due:
      let suggested = pending.issued.adding(days: 30).iso
      return Question(
        id: field.rawValue, prompt: "Due on", hint: "a date; Enter for 30 days after issue",
        defaultAnswer: previous ?? suggested)
    case .another:
      return Question(
        id: field.rawValue, prompt: "Add another unpaid invoice for this client?",
        hint: "yes / no", defaultAnswer: previous ?? "no")
    case .confirm:
      return Question(
        id: field.rawValue, prompt: "Save this case?", hint: "yes / no", defaultAnswer: "yes",
        preamble: summary)
    }
  }

  private var example: String {
    Money(minorUnits: 120_050 * currency.minorUnitsPerMajor / 100, currency: currency).formatted
  }

  private var summary: String {
    var lines = [
      "Client:       \(opened.client) (\(opened.debtorKind.words))",
      "Contact:      \(opened.contact ?? "not given")",
      "Jurisdiction: \(jurisdiction.name) (\(jurisdiction.id)), amounts in \(currency.code)",
    ]
    for invoice in invoices {
      lines.append(
        "Invoice \(invoice.number): \(invoice.amount.formatted), issued \(invoice.issued.short), "
          + "due \(invoice.due.short)")
    }
    return lines.joined(separator: "\n")
  }

  /// Checks one answer for the current field and keeps what it means.
  private mutating func accept(_ text: String) throws(AnswerError) -> String? {
    switch field {
    case .client:
      guard !text.isEmpty else { throw AnswerError("enter the client's name, e.g. Acme Ltd") }
      guard text.count <= 200 else { throw AnswerError("keep the name under 200 characters") }
      opened.client = text
    case .kind:
      guard let kind = DebtorKind(answer: text) else {
        throw AnswerError("answer business, sole trader or individual")
      }
      opened.debtorKind = kind
    case .contact:
      opened.contact = text.isEmpty ? nil : text
    case .jurisdiction:
      guard let match = offered(text) else {
        let ids = jurisdictions.map(\.id).joined(separator: ", ")
        throw AnswerError("'\(text)' is not a jurisdiction parley knows; choose one of \(ids)")
      }
      opened.jurisdiction = match.id
      opened.currency = match.currency.code
      answers[.currency] = nil
    case .currency:
      guard let chosen = Currency.named(text) else {
        let codes = Currency.known.map(\.code).joined(separator: ", ")
        throw AnswerError("'\(text)' is not a currency parley knows; choose one of \(codes)")
      }
      opened.currency = chosen.code
    case .invoiceNumber:
      guard !text.isEmpty else { throw AnswerError("enter the invoice number, e.g. INV-042") }
      guard !invoices.contains(where: { $0.number == text }) else {
        throw AnswerError("invoice \(text) is already in this case; use another number")
      }
      pending.number = text
    case .amount:
      let amount: Money
      do {
        amount = try MoneyParser.parse(text, defaultCurrency: currency)
      } catch {
        throw AnswerError(error.description)
      }
      guard amount.currency == currency else {
        throw AnswerError(
          "this case is in \(currency.code); enter the amount in \(currency.code) "
            + "or go back and change the currency")
      }
      guard amount.minorUnits > 0 else { throw AnswerError("the amount must be more than zero") }
      pending.amount = amount
    case .issued:
      // Without a year, the latest such day up to today: an invoice is issued in the past.
      let parsed = try parseDay(text, yearlessFrom: today.adding(years: -1).adding(days: 1))
      guard parsed.day <= today else {
        throw AnswerError("\(parsed.day.inWords) is after today; enter the day it was issued")
      }
      pending.issued = parsed.day
      answers[.due] = nil
      return parsed.isAmbiguous ? "Read as \(parsed.inWords)." : nil
    case .due:
      // Without a year, the first such day on or after the issue date.
      let parsed = try parseDay(text, yearlessFrom: pending.issued)
      guard parsed.day >= pending.issued else {
        throw AnswerError(
          "the due date cannot be before the issue date (\(pending.issued.inWords))")
      }
      pending.due = parsed.day
      return parsed.isAmbiguous ? "Read as \(parsed.inWords)." : nil
    case .another, .confirm:
      guard ["y", "yes", "n", "no"].contains(text.lowercased()) else {
        throw AnswerError("answer yes or no")
      }
    }
    return nil
  }

  /// For the first invoice, 30 days before the due day given ahead, when
  /// that is before today.
  private var issuedBeforeHintedDue: Day? {
    guard invoices.isEmpty, let dueHint,
      let due = try? parseDay(dueHint, yearlessFrom: today.adding(years: -1).adding(days: 1)).day
    else { return nil }
    let issued = due.adding(days: -30)
    return issued < today ? issued : nil
  }

  private func parseDay(_ text: String, yearlessFrom: Day) throws(AnswerError) -> ParsedDay {
    do {
      return try DayParser.parse(
        text, today: today, order: jurisdiction.dateOrder, yearlessFrom: yearlessFrom)
    } catch {
      throw AnswerError(error.description)
    }
  }

  private func events() -> [CaseEvent] {
    [.caseOpened(opened)] + invoices.map { .invoiceAdded($0) }
  }

  /// Why an answer could not be used, in words for the user.
  struct AnswerError: Error {
    let message: String
    init(_ message: String) { self.message = message }
  }
}
