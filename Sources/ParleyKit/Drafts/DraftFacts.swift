/// Everything a draft says, taken from a case on a given day plus the
/// user's extras: names, invoices, balance, plan, proposal and last contact.
public struct DraftFacts: Hashable, Sendable {
  /// The day the draft is written; deadlines count from it.
  public var today: Day
  /// The client's name as the user writes it (`Acme Ltd`).
  public var client: String
  /// The person to address, when the case's contact is a name rather than
  /// an email address or a phone number.
  public var contactPerson: String?
  /// Business or individual (or sole trader).
  public var debtorKind: DebtorKind
  /// The jurisdiction profile id (`gb-ewl`).
  public var jurisdiction: String
  /// The case's currency.
  public var currency: Currency
  /// Every invoice in the case, in the order added, paid ones included.
  public var invoices: [DraftInvoice]
  /// What the client owes now.
  public var balance: Money
  /// Days the oldest unpaid invoice is past due; 0 when nothing is overdue.
  public var daysOverdue: Int
  /// The plan running now, if one was agreed.
  public var plan: AgreedPlan?
  /// How the running plan stands today.
  public var planProgress: PlanProgress?
  /// The latest plan options put to the client.
  public var proposal: CaseEvent.PlanProposed?
  /// The most recent contact with the client.
  public var lastContact: CaseEvent.ContactLogged?
  /// The user's name to sign with; without it the draft ends at "Kind
  /// regards," and the mail client adds the signature.
  public var senderName: String?
  /// Facts the user gives for this draft.
  public var extras: DraftExtras
  /// The letter-before-claim rules from the case's jurisdiction profile; nil
  /// when it has none for this debtor (the letter then follows
  /// ``LetterBeforeClaimRules/elsewhere``).
  public var letterBeforeClaimRules: LetterBeforeClaimRules?

  /// The facts of `state` on `today`.
  ///
  /// - Parameters:
  ///   - state: The case as folded from its journal.
  ///   - today: The day the draft is written.
  ///   - senderName: The name to sign with, if the user gave one.
  ///   - extra: Facts for this draft the case does not hold.
  ///   - profile: The case's jurisdiction profile, for the letter before claim.
  public init(
    state: CaseState, today: Day, senderName: String? = nil, extra: DraftExtras = .init(),
    profile: JurisdictionProfile? = nil
  ) {
    self.letterBeforeClaimRules = profile.flatMap {
      LetterBeforeClaimRules.rules(profile: $0, debtor: state.opened.debtorKind)
    }
    self.today = today
    self.client = DraftFacts.tidy(state.opened.client)
    self.contactPerson = state.opened.contact.flatMap(DraftFacts.personName)
    self.debtorKind = state.opened.debtorKind
    self.jurisdiction = state.opened.jurisdiction
    self.currency = state.currency
    self.invoices = state.invoices.map(DraftInvoice.init)
    self.balance = state.balance
    self.daysOverdue = state.daysOverdue(today: today)
    self.plan = state.activePlan
    self.planProgress = state.planProgress(today: today)
    self.proposal = state.lastProposal
    self.lastContact = state.lastContact?.contact
    self.senderName = senderName.map(DraftFacts.tidy).flatMap { $0.isEmpty ? nil : $0 }
    self.extras = extra
  }

  /// The invoices with something still owed, in the order added.
  public var unpaidInvoices: [DraftInvoice] { invoices.filter(\.isUnpaid) }

  /// The name a case's contact gives, or nil when it is an email address or
  /// a phone number: `Jane Smith <jane@acme.test>` gives `Jane Smith`.
  static func personName(_ contact: String) -> String? {
    var text = contact
    if let angle = text.firstIndex(of: "<") { text = String(text[..<angle]) }
    text = tidy(text.replacingOccurrences(of: "\"", with: ""))
    guard !text.isEmpty, text.count <= 60,
      !text.contains(where: { $0 == "@" || $0.isNumber || $0 == "+" || $0 == "/" })
    else { return nil }
    return text
  }

  /// `text` trimmed, with each run of whitespace (newlines too) made one space.
  static func tidy(_ text: String) -> String {
    text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }
}
