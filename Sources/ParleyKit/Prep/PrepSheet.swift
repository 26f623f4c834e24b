/// The facts for a one-screen preparation before a conversation with the
/// client: what is owed and how old it is, what they said, both sides'
/// interests, the plan options, the user's private walk-away point, the
/// points they can rely on, and the commitment to leave with.
///
/// Pure data from the case and its profile on a given day; the shell words it.
public struct PrepSheet: Hashable, Sendable {
  /// Something the client said, and when.
  public struct Said: Hashable, Sendable {
    /// The day they said it.
    public let on: Day
    /// What they said, in a line.
    public let what: String
  }

  /// The client's name.
  public let client: String
  /// What they owe now.
  public let balance: Money
  /// Days the oldest unpaid invoice is past due.
  public let daysOverdue: Int
  /// The unpaid invoices.
  public let invoices: [DraftInvoice]
  /// What the client said, latest last (messages and calls from them,
  /// promises, disputes), at most ``saidLimit``.
  public let said: [Said]
  /// Both sides' cash flow as noted.
  public let cashFlow: CashFlow
  /// Plan options for today's balance and cash flow, best first; empty when
  /// none can be made.
  public let options: [PlanOption]
  /// The least the user would accept now: private.
  public let walkAway: Money?
  /// Statutory interest and compensation to date, when the case's law gives them.
  public let lateCharges: LateChargeClaim?
  /// The running plan, if any.
  public let plan: AgreedPlan?
  /// An open dispute, if any.
  public let dispute: CaseEvent.DisputeNoted?
  /// The amount to leave the conversation with a date for: the first
  /// installment of the best option, else the balance.
  public let commitment: Money
  /// Whether the debt must not be discussed with anyone but the client.
  public let noThirdParties: Bool

  /// The most things said the sheet lists.
  public static let saidLimit = 4

  /// The sheet for `state` on `today` under `profile`.
  public init(state: CaseState, profile: JurisdictionProfile, today: Day) {
    client = state.opened.client
    balance = state.balance
    daysOverdue = state.daysOverdue(today: today)
    invoices = state.invoices.filter { !$0.isSettled }.map(DraftInvoice.init)
    var said: [Said] = state.contacts.map(\.contact).filter { $0.direction == .inbound }.map {
      Said(on: $0.on, what: $0.summary)
    }
    said += state.promises.map(\.value).map { promise in
      let amount = promise.amount.map { "\($0.formatted) " } ?? ""
      return Said(on: promise.on, what: "promised to pay \(amount)by \(promise.by.short)")
    }
    said += state.disputes.map(\.value).map { Said(on: $0.on, what: "disputed \($0.about)") }
    self.said = Array(said.sorted { $0.on < $1.on }.suffix(Self.saidLimit))
    cashFlow = state.cashFlow
    walkAway = state.cashFlow.mine.walkAway
    plan = state.activePlan
    dispute = state.disputes.last?.value
    let holidays = Set(profile.bankHolidays ?? [])
    options =
      state.balance.minorUnits > 0
      ? Array(
        ((try? PlanProposer.propose(
          balance: state.balance, cashFlow: state.cashFlow, today: today,
          policy: PlanPolicy(holidays: holidays))) ?? []).prefix(3)) : []
    commitment = options.first?.schedule.first.amount ?? state.balance
    noThirdParties = profile.contactRules.noThirdParties
    lateCharges = Self.lateCharges(state: state, profile: profile, today: today)
  }

  /// Statutory interest and compensation on every unpaid invoice to `today`,
  /// when the profile gives them for this client; nil otherwise.
  private static func lateCharges(
    state: CaseState, profile: JurisdictionProfile, today: Day
  ) -> LateChargeClaim? {
    guard let rules = profile.statutoryInterest, rules.covers(state.opened.debtorKind) else {
      return nil
    }
    var statements: [InterestStatement] = []
    for status in state.invoices where !status.isSettled {
      guard
        let statement = try? LatePaymentInterest.compute(
          invoice: status.invoice, payments: state.datedPayments(toward: status.invoice.number),
          debtor: state.opened.debtorKind, profile: profile, today: today)
      else { return nil }
      statements.append(statement)
    }
    return LateChargeClaim(
      statements: statements, law: rules.law ?? "the late-payment law", currency: state.currency)
  }
}
