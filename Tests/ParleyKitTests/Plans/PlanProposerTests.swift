import Testing

@testable import ParleyKit

@Suite("PlanProposer: ranked options from what is known")
struct PlanProposerTests {
  /// Monday 30 November 2026; with the default 7-day lead, the first
  /// payment is Monday 7 December.
  let today = date("2026-11-30")

  @Test func withNoFactsItOffersThreeAndSixMonthlyAndAGentleStart() throws {
    let options = try PlanProposer.propose(balance: gbp(1_000_000), today: today)
    #expect(options.map(\.kind) == [.equalInstallments, .equalInstallments, .graduated])
    #expect(amounts(options[0].schedule) == [333_333, 333_333, 333_334])
    // 7 February 2027 is a Sunday.
    #expect(dues(options[0].schedule) == ["2026-12-07", "2027-01-07", "2027-02-08"])
    #expect(options[0].schedule.remainder?.absorbedBy == [3])
    #expect(options[1].installmentCount == 6)
    #expect(options.allSatisfy { $0.fitsBothSides && $0.myNeed == nil && $0.theirCapacity == nil })
  }

  @Test func withBothSidesItPutsMyNeedFirstAtTheirPace() throws {
    // The example: £1,600 to me by 31 Dec; then £800 a month fits their £900.
    let cashFlow = CashFlow(
      mine: MyCashFlow(need: gbp(160_000), needBy: date("2026-12-31")),
      theirs: TheirCashFlow(
        capacity: PaymentCapacity(amount: gbp(90_000), per: .month),
        capacityFrom: date("2027-01-01"), lumpSum: gbp(160_000)))
    let options = try PlanProposer.propose(balance: gbp(400_000), cashFlow: cashFlow, today: today)
    let best = try #require(options.first)
    #expect(best.kind == .needFirst)
    #expect(dues(best.schedule) == ["2026-12-07", "2027-01-01", "2027-02-01", "2027-03-01"])
    #expect(amounts(best.schedule) == [160_000, 80_000, 80_000, 80_000])
    #expect(best.deposit?.amount == gbp(160_000))
    #expect(best.regularAmount == gbp(80_000))
    #expect(best.frequency == .monthly)
    #expect(best.finish == date("2027-03-01"))
    #expect(best.myNeed?.dueByThen == gbp(160_000))
    #expect(best.meetsMyNeed == true)
    #expect(best.theirCapacity?.busiestTotal == gbp(80_000))
    #expect(best.exceedsTheirCapacity == false)
    #expect(best.fitsBothSides)
    // Every other option falls short somewhere, and is marked.
    #expect(options.dropFirst().allSatisfy { !$0.concerns.isEmpty })
  }

  @Test func withOnlyMyFactsItMeetsMyNeedAndFinishesByMyDate() throws {
    let cashFlow = CashFlow(
      mine: MyCashFlow(need: gbp(150_000), needBy: date("2026-12-31"), restBy: date("2027-06-30")))
    let options = try PlanProposer.propose(
      balance: gbp(1_000_000), cashFlow: cashFlow, today: today)
    #expect(options.count == 4)
    let needFirst = try #require(options.first { $0.kind == .needFirst })
    // £1,500 on the need date, then the rest monthly from the 31st, clamped
    // and moved off weekends within their month (31 Jan and 28 Feb 2027 are
    // Sundays), finishing on the last day I can wait.
    #expect(
      dues(needFirst.schedule) == [
        "2026-12-31", "2027-01-29", "2027-02-26", "2027-03-31", "2027-04-30", "2027-05-31",
        "2027-06-30",
      ])
    #expect(
      amounts(needFirst.schedule) == [
        150_000, 141_666, 141_666, 141_666, 141_666, 141_666, 141_670,
      ])
    #expect(needFirst.fitsBothSides)
    #expect(needFirst.theirCapacity == nil)
    // Ranked: options that fit come first, the shortest first among them.
    #expect(options[0].installmentCount == 3 && options[0].fitsBothSides)
    #expect(options.last?.concerns == [.missesMyNeed])
  }

  @Test func withOnlyTheirFactsItWorksAtTheirPaceOrUntilTheyRecover() throws {
    let cashFlow = CashFlow(
      theirs: TheirCashFlow(
        capacity: PaymentCapacity(amount: gbp(90_000), per: .month), lumpSum: gbp(100_000),
        reason: "their own customer paid late", improvesOn: date("2027-04-01")))
    let options = try PlanProposer.propose(
      balance: gbp(1_000_000), cashFlow: cashFlow, today: today)
    #expect(options.map(\.kind).prefix(2) == [.balloonWhenTheyRecover, .atTheirPace])
    let balloon = options[0]
    #expect(amounts(balloon.schedule) == [90_000, 90_000, 90_000, 90_000, 640_000])
    #expect(dues(balloon.schedule).last == "2027-04-01")
    #expect(balloon.theirCapacity?.checkedUntil == date("2027-04-01"))
    #expect(balloon.fitsBothSides)
    let pace = options[1]
    #expect(pace.deposit?.amount == gbp(100_000))
    #expect(pace.regularAmount == gbp(90_000))
    #expect(pace.installmentCount == 11)
    #expect(pace.exceedsTheirCapacity == false)
    #expect(options.dropFirst(2).allSatisfy { $0.exceedsTheirCapacity == true })
  }

  @Test func whatTheyCanPayComesFirstWhenTheirCapacityIsKnown() throws {
    // I need £1,500 by 31 Dec; they can pay £900 a month and have no lump sum.
    let cashFlow = CashFlow(
      mine: MyCashFlow(need: gbp(150_000), needBy: date("2026-12-31")),
      theirs: TheirCashFlow(capacity: PaymentCapacity(amount: gbp(90_000), per: .month)))
    let options = try PlanProposer.propose(balance: gbp(400_000), cashFlow: cashFlow, today: today)
    // My need first would finish soonest, but asks £1,500 in December: it
    // follows every option they can afford, however short those fall of my need.
    #expect(options.map(\.kind) == [.atTheirPace, .equalInstallments, .graduated, .needFirst])
    #expect(options.map(\.exceedsTheirCapacity) == [false, false, false, true])
    #expect(
      options.map(\.concerns) == [
        [.missesMyNeed], [.missesMyNeed], [.missesMyNeed], [.exceedsTheirCapacity],
      ])
    #expect(amounts(options[0].schedule) == [80_000, 80_000, 80_000, 80_000, 80_000])
  }

  @Test func withoutTheirCapacityTheOrderIsConcernsThenTheEarliestFinish() throws {
    // The same, but nothing known of what they can pay: my need first leads.
    let cashFlow = CashFlow(mine: MyCashFlow(need: gbp(150_000), needBy: date("2026-12-31")))
    let options = try PlanProposer.propose(balance: gbp(400_000), cashFlow: cashFlow, today: today)
    #expect(options.first?.kind == .needFirst)
    #expect(options.allSatisfy { $0.exceedsTheirCapacity == nil })
  }

  @Test func contradictoryFactsStillGiveOptionsEachMarked() throws {
    // I need £5,000 by 31 Dec; they can pay £200 a week.
    let cashFlow = CashFlow(
      mine: MyCashFlow(need: gbp(500_000), needBy: date("2026-12-31")),
      theirs: TheirCashFlow(capacity: PaymentCapacity(amount: gbp(20_000), per: .week)))
    let options = try PlanProposer.propose(
      balance: gbp(1_000_000), cashFlow: cashFlow, today: today)
    #expect((2...4).contains(options.count))
    #expect(options.allSatisfy { !$0.fitsBothSides })
    // What they can pay comes first, though it misses my need.
    let pace = options[0]
    #expect(pace.kind == .atTheirPace)
    #expect(pace.concerns == [.missesMyNeed])
    let needFirst = try #require(options.first { $0.kind == .needFirst })
    #expect(needFirst.concerns == [.exceedsTheirCapacity])
    #expect(needFirst.myNeed?.dueByThen == gbp(500_000))
    #expect(pace.frequency == .weekly)
    #expect(pace.installmentCount == 50)
    #expect(pace.finish <= date("2027-11-30"))
  }

  @Test func atTheirPaceNeverRunsPastTheTermButTakesTheRestAtTheEnd() throws {
    let cashFlow = CashFlow(
      theirs: TheirCashFlow(capacity: PaymentCapacity(amount: gbp(10_000), per: .month)))
    let options = try PlanProposer.propose(
      balance: gbp(1_000_000), cashFlow: cashFlow, today: today,
      policy: PlanPolicy(maxTermMonths: 6))
    let pace = try #require(options.first { $0.kind == .atTheirPace })
    // £100 a month would take 100 months; in 6 the last takes the rest.
    #expect(amounts(pace.schedule) == [10_000, 10_000, 10_000, 10_000, 10_000, 950_000])
    #expect(pace.schedule.kind == .balloon)
    #expect(pace.exceedsTheirCapacity == true)
    #expect(options.allSatisfy { $0.finish <= date("2027-05-30") })
  }

  @Test func aLumpSumThatCoversItAllIsOfferedFirst() throws {
    let cashFlow = CashFlow(theirs: TheirCashFlow(lumpSum: gbp(2_000_000)))
    let options = try PlanProposer.propose(
      balance: gbp(1_000_000), cashFlow: cashFlow, today: today)
    #expect(options[0].kind == .inFull)
    #expect(amounts(options[0].schedule) == [1_000_000])
    #expect(dues(options[0].schedule) == ["2026-12-07"])
  }

  @Test func aNeedDateAlreadyPastAsksAsSoonAsPossibleAndSaysItMisses() throws {
    let cashFlow = CashFlow(mine: MyCashFlow(need: gbp(50_000), needBy: date("2026-12-01")))
    let options = try PlanProposer.propose(balance: gbp(300_000), cashFlow: cashFlow, today: today)
    let needFirst = try #require(options.first { $0.kind == .needFirst })
    #expect(needFirst.schedule.first.due == date("2026-12-07"))
    #expect(needFirst.schedule.first.amount == gbp(50_000))
    #expect(options.allSatisfy { $0.meetsMyNeed == false })
  }

  @Test func lateChargesAreChargedInTheScheduleOrWaivedIfKept() throws {
    let charged = try PlanProposer.propose(
      balance: gbp(100_000), today: today,
      policy: PlanPolicy(lateCharges: LateCharges(amount: gbp(4_000), treatment: .charged)))
    #expect(charged.allSatisfy { $0.schedule.total == gbp(104_000) })
    #expect(charged.allSatisfy { $0.lateCharges?.treatment == .charged })
    #expect(amounts(charged[0].schedule) == [34_666, 34_666, 34_668])

    let waived = try PlanProposer.propose(
      balance: gbp(100_000), today: today,
      policy: PlanPolicy(lateCharges: LateCharges(amount: gbp(4_000), treatment: .waivedIfKept)))
    #expect(waived.allSatisfy { $0.schedule.total == gbp(100_000) })
    #expect(
      waived.allSatisfy {
        $0.lateCharges == LateCharges(amount: gbp(4_000), treatment: .waivedIfKept)
      })
  }

  @Test func aShortTermOrATinyBalanceStillGivesTwoOptions() throws {
    let short = try PlanProposer.propose(
      balance: gbp(100_000), today: today, policy: PlanPolicy(maxTermMonths: 1))
    #expect(short.map(\.installmentCount) == [2, 2, 1, 1])
    #expect(dues(short[0].schedule) == ["2026-12-07", "2026-12-21"])
    #expect(short.allSatisfy { $0.finish <= date("2026-12-30") })

    let tiny = try PlanProposer.propose(balance: gbp(1), today: today)
    #expect(tiny.map(\.kind) == [.inFull, .inFull])
    #expect(tiny.map { $0.schedule.first.due.iso } == ["2026-12-07", "2026-12-08"])
  }

  @Test func theFirstPaymentAvoidsHolidaysAndTheLeadIsKept() throws {
    let options = try PlanProposer.propose(
      balance: gbp(100_000), today: date("2026-12-18"),
      policy: PlanPolicy(holidays: [date("2026-12-25"), date("2026-12-28")]))
    // 18 Dec + 7 days is Christmas Day; Boxing Day is observed on Monday 28.
    #expect(options.allSatisfy { $0.schedule.first.due == date("2026-12-29") })
  }

  @Test func badInputsAreRefusedWithTheFix() {
    #expect(throws: PlanError.nonPositiveBalance(gbp(0))) {
      try PlanProposer.propose(balance: gbp(0), today: today)
    }
    #expect(throws: PlanError.invalidMaximumTerm(0)) {
      try PlanProposer.propose(
        balance: gbp(100), today: today, policy: PlanPolicy(maxTermMonths: 0))
    }
    #expect(throws: PlanError.invalidLeadDays(91)) {
      try PlanProposer.propose(balance: gbp(100), today: today, policy: PlanPolicy(leadDays: 91))
    }
    #expect(throws: PlanError.leadBeyondMaximumTerm(leadDays: 60, maxTermMonths: 1)) {
      try PlanProposer.propose(
        balance: gbp(100), today: today, policy: PlanPolicy(maxTermMonths: 1, leadDays: 60))
    }
    #expect(throws: PlanError.currencyMismatch(expected: .gbp, got: .eur)) {
      try PlanProposer.propose(
        balance: gbp(100),
        cashFlow: CashFlow(theirs: TheirCashFlow(lumpSum: Money(minorUnits: 5, currency: .eur))),
        today: today)
    }
    #expect(throws: PlanError.nonPositiveLateCharges(gbp(0))) {
      try PlanProposer.propose(
        balance: gbp(100), today: today,
        policy: PlanPolicy(lateCharges: LateCharges(amount: gbp(0), treatment: .charged)))
    }
  }
}
