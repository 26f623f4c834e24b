/// One thing that happened in a case, as recorded in its journal.
///
/// The journal is the audit trail, so events are never edited or deleted:
/// an entry is cancelled by a ``void(_:)`` naming it, or corrected by an
/// ``entryCorrected(_:)`` that gives some of its fields new values.
///
/// Only the entries a case holds by the thousand (notes, contacts, voids) are
/// stored inline; the others are `indirect`, so an event takes 65 bytes in a
/// journal's arrays, not the 376 of the largest kind (a cash-flow note).
public enum CaseEvent: Hashable, Sendable {
  /// The case was opened for a client.
  indirect case caseOpened(CaseOpened)
  /// An unpaid invoice was added to the case.
  indirect case invoiceAdded(InvoiceAdded)
  /// A contact with the client: an email, call, letter, meeting or message.
  case contactLogged(ContactLogged)
  /// The client paid some or all of what is owed.
  indirect case paymentReceived(PaymentReceived)
  /// A free-text note for the record.
  case note(Note)
  /// An earlier event is cancelled, with the reason.
  case void(Void)
  /// Answers about either side's cash flow.
  indirect case cashFlowNoted(CashFlowNoted)
  /// Plan options were put to the client.
  indirect case planProposed(PlanProposed)
  /// The client agreed a payment plan.
  indirect case planAgreed(PlanAgreed)
  /// The active plan's schedule was replaced.
  indirect case planRevised(PlanRevised)
  /// The active plan was called off.
  indirect case planCancelled(PlanCancelled)
  /// A step up the ladder: mediation, the letter before claim, a claim, recovery.
  indirect case escalationRecorded(EscalationRecorded)
  /// The user went past the guard's warnings, with a reason.
  indirect case guardOverridden(GuardOverridden)
  /// The client disputes some or all of what is owed.
  indirect case disputeNoted(DisputeNoted)
  /// The client promised to pay by a day.
  indirect case promiseNoted(PromiseNoted)
  /// The case was closed; only reopening it records anything more.
  indirect case caseClosed(CaseClosed)
  /// A closed case was opened again.
  indirect case caseReopened(CaseReopened)
  /// The client's name changed.
  indirect case clientRenamed(ClientRenamed)
  /// The case's id changed.
  indirect case caseRenamed(CaseRenamed)
  /// An earlier entry is corrected; both stay in the record.
  indirect case entryCorrected(EntryCorrected)

  /// The client and the terms the case runs under.
  public struct CaseOpened: Hashable, Sendable, Codable {
    /// The client's name as the user writes it (`Acme Ltd`).
    public var client: String
    /// How to reach them (an email address, a phone number, a person), if known.
    public var contact: String?
    /// Business or individual.
    public var debtorKind: DebtorKind
    /// The jurisdiction profile id (`gb-ewl`).
    public var jurisdiction: String
    /// The ISO code of the currency the case's amounts are in.
    public var currency: String

    public init(
      client: String, contact: String?, debtorKind: DebtorKind, jurisdiction: String,
      currency: String
    ) {
      self.client = client
      self.contact = contact
      self.debtorKind = debtorKind
      self.jurisdiction = jurisdiction
      self.currency = currency
    }
  }

  /// An invoice the client has not paid.
  public struct InvoiceAdded: Hashable, Sendable, Codable {
    /// The invoice number as printed on it (`INV-042`).
    public var number: String
    /// The invoice total.
    public var amount: Money
    /// The day it was issued.
    public var issued: Day
    /// The day payment was due.
    public var due: Day

    public init(number: String, amount: Money, issued: Day, due: Day) {
      self.number = number
      self.amount = amount
      self.issued = issued
      self.due = due
    }
  }

  /// A contact with the client.
  public struct ContactLogged: Hashable, Sendable {
    /// Email, phone, letter, meeting or message.
    public var channel: ContactChannel
    /// Whether the user or the client made the contact.
    public var direction: ContactDirection
    /// The day it happened.
    public var on: Day
    /// One line on what was said.
    public var summary: String
    /// The full text (an email body, a letter), when the user has it.
    public var fullText: String?
    /// The email's own headers, when it was imported from a mailbox.
    public var mail: ImportedMail? {
      get { mailBox?.value }
      set { mailBox = newValue.map(MailBox.init) }
    }
    // Boxed: contacts are held by the thousand, inline in the event enum,
    // and an imported message's headers would triple the size of each.
    private var mailBox: MailBox?

    public init(
      channel: ContactChannel, direction: ContactDirection, on: Day, summary: String,
      fullText: String? = nil, mail: ImportedMail? = nil
    ) {
      self.channel = channel
      self.direction = direction
      self.on = on
      self.summary = summary
      self.fullText = fullText
      self.mailBox = mail.map(MailBox.init)
    }

    /// Holds an imported message's headers out of line.
    private final class MailBox: Hashable, Sendable {
      let value: ImportedMail

      init(_ value: ImportedMail) { self.value = value }

      static func == (left: MailBox, right: MailBox) -> Bool { left.value == right.value }

      func hash(into hasher: inout Hasher) { hasher.combine(value) }
    }
  }

  /// A payment from the client.
  public struct PaymentReceived: Hashable, Sendable, Codable {
    /// How much was paid.
    public var amount: Money
    /// The day it arrived.
    public var on: Day
    /// The invoice it pays, when the client said; otherwise the oldest first.
    public var invoice: String?

    public init(amount: Money, on: Day, invoice: String? = nil) {
      self.amount = amount
      self.on = on
      self.invoice = invoice
    }
  }

  /// A note for the record.
  public struct Note: Hashable, Sendable, Codable {
    /// The note's text.
    public var text: String

    public init(text: String) {
      self.text = text
    }
  }

  /// Cancels an earlier event; the event stays in the journal, marked void.
  public struct Void: Hashable, Sendable, Codable {
    /// The sequence number of the event cancelled.
    public var target: Int
    /// Why it was cancelled.
    public var reason: String

    public init(target: Int, reason: String) {
      self.target = target
      self.reason = reason
    }
  }
}
