/// What needs the user's attention today in one case: an overdue balance,
/// installments due or missed, a promised day passed, a reply waiting, and
/// the next day it is reasonable to chase.
public struct CaseAttention: Hashable, Sendable {
  /// One thing to attend to.
  public enum Item: Hashable, Sendable {
    /// The balance is overdue by this many days.
    case overdue(Money, days: Int)
    /// Installments of the running plan were missed: how many, and how much is late.
    case missedInstallments(count: Int, owed: Money)
    /// The next installment falls due within a week.
    case installmentDue(Money, on: Day)
    /// The client promised to pay by this day, which has passed without the money.
    case promiseBroken(by: Day)
    /// The client's latest message has not been answered.
    case replyWaiting(since: Day)
  }

  /// The things to attend to, most pressing first.
  public let items: [Item]
  /// The first day a chase is reasonable (today or later); nil when nothing
  /// is owed or no chase is due while a plan is kept.
  public let nextContactDay: Day?

  /// Days ahead an installment counts as due soon.
  public static let dueSoonDays = 7

  /// The attention `state` needs on `today` under `profile`.
  public init(state: CaseState, profile: JurisdictionProfile, today: Day) {
    var items: [Item] = []
    if let progress = state.planProgress(today: today) {
      let missed = progress.missed
      if let first = missed.first {
        let owed = missed.map(\.owed.minorUnits).saturatingSum
        items.append(
          .missedInstallments(
            count: missed.count, owed: Money(minorUnits: owed, currency: first.owed.currency)))
      }
      if let next = progress.next, missed.isEmpty,
        next.installment.due.days(since: today) <= Self.dueSoonDays
      {
        items.append(.installmentDue(next.owed, on: next.installment.due))
      }
    }
    if let promise = state.brokenPromise(today: today) {
      items.append(.promiseBroken(by: promise.by))
    }
    if let last = state.lastContact?.contact, last.direction == .inbound {
      items.append(.replyWaiting(since: last.on))
    }
    let overdue = state.daysOverdue(today: today)
    if overdue > 0, state.balance.minorUnits > 0 {
      items.append(.overdue(state.balance, days: overdue))
    }
    self.items = items
    self.nextContactDay =
      state.balance.minorUnits > 0
      ? ContactPacing(
        state: state, rules: profile.contactRules, policy: LadderPolicy(), today: today
      ).nextChaseDay : nil
  }
}
