/// What needs the user's attention in one case, today and over the coming
/// days: an overdue balance, installments due or missed, a promised day
/// coming or passed, a reply waiting, and the next day it is reasonable to
/// chase. A closed case needs none.
public struct CaseAttention: Hashable, Sendable {
  /// One thing to attend to.
  public enum Item: Hashable, Sendable {
    /// The balance is overdue by this many days.
    case overdue(Money, days: Int)
    /// Installments of the running plan were missed: how many, and how much is late.
    case missedInstallments(count: Int, owed: Money)
    /// The next installment falls due within the days looked ahead.
    case installmentDue(Money, on: Day)
    /// The client promised to pay by this day, which has passed without the money.
    case promiseBroken(by: Day)
    /// The client promised to pay (this amount, or the balance when nil) by a
    /// day within the days looked ahead.
    case promiseDue(Money?, by: Day)
    /// The client's latest message has not been answered.
    case replyWaiting(since: Day)
  }

  /// The things to attend to, most pressing first.
  public let items: [Item]
  /// The first day a chase is reasonable (today or later); nil when nothing
  /// is owed or no chase is due while a plan is kept.
  public let nextContactDay: Day?

  /// Days ahead an installment or a promise counts as due soon: the welcome's week.
  public static let dueSoonDays = 7

  /// The attention `state` needs on `today` under `profile`, looking
  /// `daysAhead` days past today for installments and promises falling due.
  public init(
    state: CaseState, profile: JurisdictionProfile, today: Day, daysAhead: Int = dueSoonDays
  ) {
    guard !state.isClosed else {
      self.items = []
      self.nextContactDay = nil
      return
    }
    let horizon = today.adding(days: max(0, daysAhead))
    var items: [Item] = []
    if let progress = state.planProgress(today: today) {
      let missed = progress.missed
      if let first = missed.first {
        let owed = missed.map(\.owed.minorUnits).saturatingSum
        items.append(
          .missedInstallments(
            count: missed.count, owed: Money(minorUnits: owed, currency: first.owed.currency)))
      }
      if let next = progress.next, missed.isEmpty, next.installment.due <= horizon {
        items.append(.installmentDue(next.owed, on: next.installment.due))
      }
    }
    if let promise = state.brokenPromise(today: today) {
      items.append(.promiseBroken(by: promise.by))
    } else if let promise = state.pendingPromise(today: today), promise.by <= horizon {
      items.append(.promiseDue(promise.amount, by: promise.by))
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
