import Testing

@testable import ParleyKit

@Suite("PlanProposer: laws over thousands of random proposals")
struct PlanProposerLawTests {
  /// One random proposal's inputs.
  struct Inputs: CustomStringConvertible {
    let balance: Money
    let cashFlow: CashFlow
    let today: Day
    let policy: PlanPolicy

    var description: String {
      "balance \(balance), today \(today.iso), term \(policy.maxTermMonths), "
        + "lead \(policy.leadDays), charges \(String(describing: policy.lateCharges)), "
        + "\(policy.holidays.count) holidays, \(cashFlow)"
    }

    static func random(using random: inout SeededGenerator) -> Inputs {
      let currency = Currency.random(using: &random)
      func money(_ range: ClosedRange<Int64>) -> Money {
        Money(minorUnits: Int64.random(in: range, using: &random), currency: currency)
      }
      func maybe<T>(_ make: () -> T) -> T? { Bool.random(using: &random) ? make() : nil }
      let units: Int64 =
        Int.random(in: 0..<8, using: &random) == 0
        ? Int64.random(in: 1...100, using: &random)
        : Int64.random(in: 100...5_000_000_00, using: &random)
      let balance = Money(minorUnits: units, currency: currency)
      let today = Day.random(using: &random)
      func later(_ days: ClosedRange<Int>) -> Day {
        today.adding(days: Int.random(in: days, using: &random))
      }
      let mine = MyCashFlow(
        need: maybe { money(1...max(1, units * 3 / 2)) },
        needBy: maybe { later(-10...200) },
        restBy: maybe { later(0...400) },
        keepClient: maybe { Bool.random(using: &random) })
      let theirs = TheirCashFlow(
        capacity: maybe {
          PaymentCapacity(
            amount: money(1...max(1, units / Int64.random(in: 1...40, using: &random))),
            per: Bool.random(using: &random) ? .week : .month)
        },
        capacityFrom: maybe { later(-10...120) },
        lumpSum: maybe { money(0...max(1, units * 6 / 5)) },
        reason: maybe { "cash is slow" },
        improvesOn: maybe { later(-10...400) })
      let charges = maybe {
        LateCharges(
          amount: money(1...max(1, units / 10)),
          treatment: Bool.random(using: &random) ? .charged : .waivedIfKept)
      }
      let policy = PlanPolicy(
        maxTermMonths: Int.random(in: 1...24, using: &random),
        holidays: randomHolidays(around: today, using: &random).union(
          monthEndHolidays(around: today, using: &random)),
        leadDays: Int.random(in: 0...14, using: &random), lateCharges: charges)
      return Inputs(
        balance: balance, cashFlow: CashFlow(mine: mine, theirs: theirs), today: today,
        policy: policy)
    }
  }

  /// Whether the schedule asks more than their capacity, worked out apart
  /// from ``CapacityCheck``: lump sum first, nothing beyond it before their
  /// capacity starts, then per calendar week or month until things improve.
  static func exceedsCapacity(_ schedule: InstallmentSchedule, _ theirs: TheirCashFlow) -> Bool? {
    guard let capacity = theirs.capacity else { return nil }
    var lump = theirs.lumpSum?.minorUnits ?? 0
    var totals: [Int: Int64] = [:]
    for installment in schedule.installments {
      if let improves = theirs.improvesOn, installment.due >= improves { continue }
      let fromLump = min(lump, installment.amount.minorUnits)
      lump -= fromLump
      let rest = installment.amount.minorUnits - fromLump
      guard rest > 0 else { continue }
      if let from = theirs.capacityFrom, installment.due < from { return true }
      let due = installment.due
      // Weeks are numbered from Monday 29 December 1969.
      let key =
        capacity.per == .month
        ? due.year * 12 + due.month
        : (due.daysSince1970 + 3 + 7 * 1_000_000) / 7
      totals[key, default: 0] += rest
    }
    return totals.values.contains { $0 > capacity.amount.minorUnits }
  }

  @Test func everyProposalKeepsItsPromises() throws {
    var random = SeededGenerator(seed: 0xF1_A4_C0)
    var sawContradiction = false
    var sawFit = false
    for index in 0..<4_000 {
      let inputs = Inputs.random(using: &random)
      let context = "case \(index): \(inputs)"
      let options: [PlanOption]
      do {
        options = try PlanProposer.propose(
          balance: inputs.balance, cashFlow: inputs.cashFlow, today: inputs.today,
          policy: inputs.policy)
      } catch {
        Issue.record("\(context) refused: \(error)")
        return
      }
      guard (2...4).contains(options.count) else {
        Issue.record("\(context): \(options.count) options")
        return
      }
      let total = inputs.balance.minorUnits + (inputs.policy.lateCharges?.scheduled.minorUnits ?? 0)
      let start = inputs.today.adding(days: inputs.policy.leadDays)
        .rolledForwardToBusinessDay(holidays: inputs.policy.holidays)
      let limit = inputs.today.adding(months: inputs.policy.maxTermMonths)
      let mine = inputs.cashFlow.mine
      for option in options {
        let schedule = option.schedule
        guard
          expectScheduleLaws(
            schedule, balance: Money(minorUnits: total, currency: inputs.balance.currency),
            holidays: inputs.policy.holidays, context: context)
        else { return }
        // A monthly option never has two installments in one month and none in another.
        if schedule.frequency == .monthly {
          guard expectOnePerCalendarMonth(schedule, context: "\(context) \(option.kind)")
          else { return }
        }
        // Never beyond the maximum term, never before the lead.
        #expect(schedule.finish <= limit, "\(context)")
        #expect(schedule.first.due >= start, "\(context)")
        // The need mark is true exactly when enough is due by the need date.
        if let need = mine.need, let needBy = mine.needBy {
          let dueByThen = schedule.installments.filter { $0.due <= needBy }
            .map(\.amount.minorUnits).reduce(0, +)
          #expect(option.meetsMyNeed == (dueByThen >= need.minorUnits), "\(context)")
        } else {
          #expect(option.meetsMyNeed == nil)
        }
        // The capacity mark agrees with a separate count per period.
        #expect(
          option.exceedsTheirCapacity == Self.exceedsCapacity(schedule, inputs.cashFlow.theirs),
          "\(context)\n\(schedule.installments)")
        if let restBy = mine.restBy {
          #expect(option.finishesInTime == (schedule.finish <= restBy))
        }
        #expect(option.lateCharges == inputs.policy.lateCharges)
        sawContradiction = sawContradiction || option.concerns.count >= 2
        sawFit =
          sawFit || (option.fitsBothSides && option.myNeed != nil && option.theirCapacity != nil)
      }
      // What the client can pay comes first, when known; then better-fitting
      // options; no schedule is offered twice.
      let keys = options.map {
        (
          $0.exceedsTheirCapacity == true ? 1 : 0, $0.concerns.count(where: \.isHard),
          $0.concerns.count
        )
      }
      #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 <= $1 }, "\(context)")
      #expect(Set(options.map(\.schedule.installments)).count == options.count)
    }
    // The random facts must have exercised both ends.
    #expect(sawContradiction)
    #expect(sawFit)
  }

  @Test func withRoomForTheDefaultsShorterComesFirstAmongEquals() throws {
    var random = SeededGenerator(seed: 8)
    for index in 0..<2_000 {
      var inputs = Inputs.random(using: &random)
      // Room for 6 monthly installments, so no fallback is needed.
      inputs = Inputs(
        balance: Money(
          minorUnits: max(1_000, inputs.balance.minorUnits), currency: inputs.balance.currency),
        cashFlow: inputs.cashFlow, today: inputs.today,
        policy: PlanPolicy(
          maxTermMonths: Int.random(in: 8...24, using: &random), holidays: inputs.policy.holidays,
          leadDays: inputs.policy.leadDays, lateCharges: inputs.policy.lateCharges))
      let options = try PlanProposer.propose(
        balance: inputs.balance, cashFlow: inputs.cashFlow, today: inputs.today,
        policy: inputs.policy)
      for (first, second) in zip(options, options.dropFirst())
      where first.concerns.count(where: \.isHard) == second.concerns.count(where: \.isHard)
        && first.concerns.count == second.concerns.count
        && first.exceedsTheirCapacity == second.exceedsTheirCapacity
      {
        #expect(first.finish <= second.finish, "case \(index): \(inputs)")
      }
    }
  }

  @Test func proposingIsDeterministic() throws {
    var random = SeededGenerator(seed: 5)
    for _ in 0..<200 {
      let inputs = Inputs.random(using: &random)
      let once = try PlanProposer.propose(
        balance: inputs.balance, cashFlow: inputs.cashFlow, today: inputs.today,
        policy: inputs.policy)
      let again = try PlanProposer.propose(
        balance: inputs.balance, cashFlow: inputs.cashFlow, today: inputs.today,
        policy: inputs.policy)
      #expect(once == again)
    }
  }
}
