import ParleyKit

/// A case's payment plans as a calendar: the schedule in force published, every
/// schedule no longer in force withdrawn.
///
/// A calendar keeps what it imported until a later file says otherwise, so the
/// file speaks for every schedule the case's plans have had. Each installment
/// of the schedule a running plan follows now is an all-day event with a
/// reminder at 09:00 the day before. Each installment of any other schedule
/// (replaced by a revision, ended with the plan's cancellation, or set by an
/// entry later voided) is written with `STATUS:CANCELLED`, under the UID it
/// was published with and a higher `SEQUENCE`, so importing the file where
/// an earlier one went removes it.
///
/// UIDs (see ``ICSWriter/stableUID(namespace:key:)``, namespace the case id):
/// installment N of the schedule plan-1 was agreed with has the key
/// `plan-1#N`, as parley has always written it; installment N of the schedule
/// set by revision entry S has `plan-1@S#N`. A revision therefore withdraws
/// the old installments and publishes new ones instead of moving old events
/// to new days: an event stands for one installment of one schedule, for good.
///
/// `SEQUENCE` is the number of journal entries that changed the plan
/// (revisions, cancellations, and voids of those or of the agreement; voided
/// ones count too) recorded after the entry that set the event's schedule. A
/// new schedule's events start at 0, and since the journal only grows, an
/// event's `SEQUENCE` never goes down: it is higher once the event is
/// withdrawn than when it was published, and higher again if a void brings
/// the schedule back.
enum PlanCalendar {
  /// One schedule a plan has had: the one it was agreed with, or a revision's.
  struct ScheduleVersion {
    /// The plan's id, `plan-1`.
    var planID: String
    /// The journal entry that set it: the agreement or the revision.
    var seq: Int
    /// The day that entry was agreed.
    var on: Day
    /// The installments.
    var schedule: InstallmentSchedule
    /// Whether it was set by the agreement rather than a revision.
    var isAgreed: Bool

    /// The UID key of installment `number`: `plan-1#2`, or `plan-1@14#2` after revision 14.
    func key(_ number: Int) -> String {
      isAgreed ? "\(planID)#\(number)" : "\(planID)@\(seq)#\(number)"
    }
  }

  /// What the calendar holds: the events, and how many of them are withdrawn.
  struct Contents {
    /// The calendar to write.
    var calendar: ICSCalendar
    /// The installments in force, published.
    var published: Int
    /// The installments of schedules no longer in force, written as cancelled.
    var withdrawn: Int
  }

  /// Every plan of the case as calendar events, stamped `stamp`.
  /// - Parameters:
  ///   - state: The case; its journal entries, voided ones included, say
  ///     which schedules there have been.
  ///   - caseID: The case's identifier, the namespace of every UID.
  ///   - stamp: The export time.
  static func contents(of state: CaseState, caseID: String, stamp: Timestamp) -> Contents {
    let client = state.opened.client
    let voided = Set(state.voided.map(\.target.seq))
    var published: [ICSEvent] = []
    var withdrawn: [ICSEvent] = []
    for entry in state.entries {
      guard case .planAgreed(let agreed) = entry.event else { continue }
      let schedules = self.schedules(of: agreed, agreedIn: entry.seq, entries: state.entries)
      let changes = changeSeqs(of: agreed.id, agreedIn: entry.seq, entries: state.entries)
      let plan = state.plans.first { $0.seq == entry.seq }
      let inForce = plan.flatMap { $0.isActive ? $0.scheduleSeq : nil }
      for schedule in schedules {
        let sequence = changes.filter { $0 > schedule.seq }.count
        if schedule.seq == inForce, let plan {
          published += events(
            schedule, plan: plan, state: state, caseID: caseID, sequence: sequence)
        } else {
          let reason = withdrawal(
            schedule, plan: plan, schedules: schedules, voided: voided, client: client)
          withdrawn += schedule.schedule.installments.map { installment in
            let count = schedule.schedule.installments.count
            return ICSEvent(
              uid: ICSWriter.stableUID(namespace: caseID, key: schedule.key(installment.number)),
              day: installment.due,
              summary: "Withdrawn: installment \(installment.number)/\(count) "
                + "(\(installment.amount.formatted)) from \(client)",
              description: reason, sequence: sequence, isCancelled: true)
          }
        }
      }
    }
    // A hand-edited journal may give two plans one id; the first event with a UID wins.
    var seen: Set<String> = []
    let events = (published + withdrawn).filter { seen.insert($0.uid).inserted }
    return Contents(
      calendar: ICSCalendar(events: events, stamp: stamp, name: "\(client): payment plan"),
      published: events.filter { !$0.isCancelled }.count,
      withdrawn: events.filter(\.isCancelled).count)
  }

  /// The schedules of the plan agreed in entry `seq`: the agreed one, then
  /// each revision naming it, in journal order, voided ones included.
  static func schedules(
    of agreed: CaseEvent.PlanAgreed, agreedIn seq: Int, entries: [RecordedEvent]
  ) -> [ScheduleVersion] {
    var schedules = [
      ScheduleVersion(
        planID: agreed.id, seq: seq, on: agreed.on, schedule: agreed.schedule, isAgreed: true)
    ]
    for entry in entries where entry.seq > seq {
      guard case .planRevised(let revised) = entry.event, revised.id == agreed.id else { continue }
      schedules.append(
        ScheduleVersion(
          planID: agreed.id, seq: entry.seq, on: revised.on, schedule: revised.schedule,
          isAgreed: false))
    }
    return schedules
  }

  /// The entries after the agreement that changed plan `id`: its revisions and
  /// cancellations, and voids of those or of the agreement, voided or not.
  static func changeSeqs(of id: String, agreedIn seq: Int, entries: [RecordedEvent]) -> [Int] {
    var changes: Set<Int> = []
    var voidable: Set<Int> = [seq]
    for entry in entries where entry.seq > seq {
      switch entry.event {
      case .planRevised(let revised) where revised.id == id:
        changes.insert(entry.seq)
        voidable.insert(entry.seq)
      case .planCancelled(let cancelled) where cancelled.id == id:
        changes.insert(entry.seq)
        voidable.insert(entry.seq)
      case .void(let void) where voidable.contains(void.target):
        changes.insert(entry.seq)
      default:
        continue
      }
    }
    return changes.sorted()
  }

  /// The events of the schedule in force: one per installment, with a reminder.
  private static func events(
    _ schedule: ScheduleVersion, plan: AgreedPlan, state: CaseState, caseID: String, sequence: Int
  ) -> [ICSEvent] {
    let client = state.opened.client
    let invoices = state.invoices.map(\.invoice.number).joined(separator: ", ")
    let count = schedule.schedule.installments.count
    let revised = plan.revisions.isEmpty ? "" : ", revised \(plan.scheduleAgreedOn.short),"
    return schedule.schedule.installments.map { installment in
      let label = "Installment \(installment.number)/\(count)"
      return ICSEvent(
        uid: ICSWriter.stableUID(namespace: caseID, key: schedule.key(installment.number)),
        day: installment.due,
        summary: "\(label) due: \(installment.amount.formatted) from \(client)",
        description: "\(plan.id) agreed \(plan.agreedOn.short)\(revised) with \(client) for "
          + "invoices \(invoices). Recorded in parley; check it arrived and record it with 'paid'.",
        sequence: sequence,
        alarms: [
          ICSAlarm(
            description: "\(label) (\(installment.amount.formatted)) from \(client) is due tomorrow"
          )
        ])
    }
  }

  /// Why `schedule`'s installments are no longer due, in one sentence.
  private static func withdrawal(
    _ schedule: ScheduleVersion, plan: AgreedPlan?, schedules: [ScheduleVersion], voided: Set<Int>,
    client: String
  ) -> String {
    let id = schedule.planID
    if !voided.contains(schedule.seq) {
      if let plan, let cancellation = plan.cancellation, plan.scheduleSeq == schedule.seq {
        return "\(id) with \(client) was cancelled on \(cancellation.on.short), so this "
          + "installment is no longer due."
      }
      if let next = schedules.first(where: { $0.seq > schedule.seq && !voided.contains($0.seq) }) {
        return "\(id) with \(client) was revised on \(next.on.short): a new schedule replaces "
          + "this installment."
      }
    }
    return "An entry in parley that set up \(id) with \(client) was voided, so this "
      + "installment is no longer due."
  }
}
