/// When the client may next be chased without pestering them: the profile's
/// contact rules and parley's reminder spacing applied to the case, worked out
/// once, so the guard, the draft check and `next` give the same day.
public struct ContactPacing: Hashable, Sendable {
  /// One reason a chase now would come too soon.
  public enum Hold: Hashable, Sendable {
    /// The last message went out on `last`, and chases are `days` apart.
    case tooSoon(last: Day, days: Int)
    /// The user and the client spoke on `on`; no chasing for `days` after.
    case afterConversation(on: Day, days: Int)
    /// `count` messages in the last 30 days, the most the profile allows,
    /// until the oldest of them leaves the window on `until`.
    case overBudget(count: Int, maximum: Int, until: Day)
    /// The client promised to pay by `by`.
    case promised(by: Day)
    /// A plan is on track; its next installment is due on `nextDue`.
    case planOnTrack(nextDue: Day?)

    /// The first day this reason no longer holds, when there is one.
    public var until: Day? {
      switch self {
      case .tooSoon(let last, let days): last.adding(days: days)
      case .afterConversation(let on, let days): on.adding(days: days)
      case .overBudget(_, _, let until): until
      case .promised(let by): by.adding(days: 1)
      case .planOnTrack(let nextDue): nextDue
      }
    }
  }

  /// The day the pacing is for.
  public let today: Day
  /// Why a chase today would come too soon; empty when it would not.
  public let holds: [Hold]

  /// The first day a chase is reasonable: today when nothing holds it back,
  /// else the day the last reason ends; nil while a plan with no known next
  /// installment is on track.
  public var nextChaseDay: Day? {
    var day = today
    for hold in holds {
      guard let until = hold.until else { return nil }
      day = max(day, until)
    }
    return day
  }

  /// The fewest days between two chases: the profile's minimum, or parley's
  /// reminder spacing when that is longer.
  public static func chaseSpacing(rules: ContactRules, policy: LadderPolicy) -> Int {
    max(rules.minDaysBetweenContacts, policy.reminderSpacingDays)
  }

  /// Pacing on `today` held back by `holds`, as a case would give them.
  public init(today: Day, holds: [Hold]) {
    self.today = today
    self.holds = holds
  }

  /// The pacing of the case `state` on `today`, under `rules` and `policy`.
  public init(state: CaseState, rules: ContactRules, policy: LadderPolicy, today: Day) {
    self.today = today
    var holds: [Hold] = []
    let sent = state.contacts.map(\.contact).filter {
      $0.direction == .outbound && $0.on <= today
    }
    // A conversation has its own cooldown; spacing counts written chases.
    if let last = sent.filter({ !$0.channel.isConversation }).map(\.on).max() {
      let spacing = Self.chaseSpacing(rules: rules, policy: policy)
      if today < last.adding(days: spacing) { holds.append(.tooSoon(last: last, days: spacing)) }
    }
    let conversations = state.contacts.map(\.contact).filter {
      $0.channel.isConversation && $0.on <= today
    }
    if let talk = conversations.map(\.on).max(),
      today < talk.adding(days: rules.cooldownAfterConversationDays)
    {
      holds.append(.afterConversation(on: talk, days: rules.cooldownAfterConversationDays))
    }
    let windowStart = today.adding(days: -29)
    let recent = sent.map(\.on).filter { $0 >= windowStart }.sorted()
    if recent.count >= rules.maxContactsPer30Days, let oldest = recent.first {
      holds.append(
        .overBudget(
          count: recent.count, maximum: rules.maxContactsPer30Days,
          until: oldest.adding(days: 30)))
    }
    if let promised = state.promises.map(\.value.by).filter({ $0 >= today }).min() {
      holds.append(.promised(by: promised))
    }
    let tracker = (try? PlanTracker(graceDays: policy.installmentGraceDays)) ?? PlanTracker()
    if let progress = state.planProgress(today: today, tracker: tracker),
      progress.missed.isEmpty, !progress.isComplete
    {
      holds.append(.planOnTrack(nextDue: progress.next?.installment.due))
    }
    self.holds = holds
  }
}
