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
  /// The client's email address, when the case's contact holds one.
  public var contactEmail: String?
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
  /// Payments received, in the order recorded.
  public var payments: [CaseEvent.PaymentReceived]
  /// Days the oldest unpaid invoice is past due; 0 when nothing is overdue.
  public var daysOverdue: Int
  /// The plan running now, if one was agreed.
  public var plan: AgreedPlan?
  /// The latest plan that was cancelled, when none runs now.
  public var endedPlan: AgreedPlan?
  /// How the running plan stands today.
  public var planProgress: PlanProgress?
  /// The latest plan options put to the client.
  public var proposal: CaseEvent.PlanProposed?
  /// The most recent contact with the client.
  public var lastContact: CaseEvent.ContactLogged?
  /// Who the draft is from: name, address, signature and how to pay.
  public var sender: SenderDetails
  /// A broken promise to pay: its day passed without the money.
  public var brokenPromise: CaseEvent.PromiseNoted?
  /// The latest dispute raised and not resolved.
  public var dispute: CaseEvent.DisputeNoted?
  /// The case's jurisdiction profile, when it loaded.
  public var profile: JurisdictionProfile?
  /// Days that are not business days besides weekends: the profile's bank holidays.
  public var holidays: Set<Day>
  /// British or American letter forms.
  public var locale: DraftLocale
  /// The formal letter's name: `Letter before claim`, or the profile's own.
  public var letterTitle: String
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
  ///   - sender: Who the draft is from (see `me`).
  ///   - extra: Facts for this draft the case does not hold.
  ///   - profile: The case's jurisdiction profile: rules, holidays, forms.
  public init(
    state: CaseState, today: Day, sender: SenderDetails = .init(), extra: DraftExtras = .init(),
    profile: JurisdictionProfile? = nil
  ) {
    self.letterBeforeClaimRules = profile.flatMap {
      LetterBeforeClaimRules.rules(profile: $0, debtor: state.opened.debtorKind)
    }
    self.today = today
    self.client = DraftFacts.tidy(state.opened.client)
    self.contactPerson = state.opened.contact.flatMap(DraftFacts.personName)
    self.contactEmail = state.opened.contact.flatMap(DraftFacts.emailAddress)
    self.debtorKind = state.opened.debtorKind
    self.jurisdiction = state.opened.jurisdiction
    self.currency = state.currency
    self.invoices = state.invoices.map(DraftInvoice.init)
    self.balance = state.balance
    self.payments = state.payments
    self.daysOverdue = state.daysOverdue(today: today)
    self.plan = state.activePlan
    self.endedPlan = state.activePlan == nil ? state.plans.last { !$0.isActive } : nil
    self.planProgress = state.planProgress(today: today)
    self.proposal = state.lastProposal
    self.lastContact = state.lastContact?.contact
    var sender = sender
    sender.name = sender.name.map(DraftFacts.tidy).flatMap { $0.isEmpty ? nil : $0 }
    self.sender = sender
    self.brokenPromise = state.brokenPromise(today: today)
    self.dispute = state.disputes.last?.value
    self.profile = profile
    self.holidays = Set(profile?.bankHolidays ?? [])
    self.locale = DraftLocale(code: profile?.locale)
    self.letterTitle = profile?.letterTitle ?? "Letter before claim"
    self.extras = extra
  }

  /// The name to sign with, if the user gave one.
  public var senderName: String? { sender.name }

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

  /// The email address in a case's contact: `jane@acme.test` from `Jane
  /// Smith <jane@acme.test>` or from the address alone; nil without one.
  static func emailAddress(_ contact: String) -> String? {
    var text = Substring(contact)
    if let open = text.firstIndex(of: "<"), let close = text[open...].firstIndex(of: ">") {
      text = text[text.index(after: open)..<close]
    }
    let word = text.split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == ";" })
      .first { $0.contains("@") }
    guard let word else { return nil }
    let parts = word.split(separator: "@", omittingEmptySubsequences: false)
    guard parts.count == 2, !parts[0].isEmpty, parts[1].contains(".") else { return nil }
    return String(word)
  }

  /// `text` trimmed, with each run of whitespace (newlines too) made one space.
  static func tidy(_ text: String) -> String {
    text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }
}
