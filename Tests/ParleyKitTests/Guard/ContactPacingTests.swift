import Testing

@testable import ParleyKit

@Suite("ContactPacing: one next contact day from the profile and the case")
struct ContactPacingTests {
  let rules = englandAndWales.contactRules

  func pacing(_ builder: CaseBuilder, on iso: String) throws -> ContactPacing {
    ContactPacing(
      state: try builder.state(), rules: rules, policy: LadderPolicy(), today: date(iso))
  }

  @Test func aWeekBetweenChasesEvenWhenTheProfileAllowsThreeDays() throws {
    #expect(rules.minDaysBetweenContacts == 3)
    let paced = try pacing(CaseBuilder().contact(.email, "2027-02-10"), on: "2027-02-13")
    #expect(paced.holds == [.tooSoon(last: date("2027-02-10"), days: 7)])
    #expect(paced.nextChaseDay == date("2027-02-17"))
    #expect(try pacing(CaseBuilder().contact(.email, "2027-02-10"), on: "2027-02-17").holds == [])
  }

  @Test func anInboundMessageDoesNotHoldAChaseBack() throws {
    let paced = try pacing(
      CaseBuilder().contact(.email, "2027-02-10", .inbound), on: "2027-02-11")
    #expect(paced.holds.isEmpty)
    #expect(paced.nextChaseDay == date("2027-02-11"))
  }

  @Test func aCallHoldsForTheCooldownAndAPromiseUntilTheDayAfter() throws {
    let builder = CaseBuilder().contact(.phone, "2027-02-10")
      .with(.promiseNoted(.init(on: date("2027-02-10"), by: date("2027-02-20"))))
    let paced = try pacing(builder, on: "2027-02-12")
    #expect(paced.holds.contains(.afterConversation(on: date("2027-02-10"), days: 7)))
    #expect(paced.holds.contains(.promised(by: date("2027-02-20"))))
    #expect(paced.nextChaseDay == date("2027-02-21"))
  }

  @Test func theMonthsBudgetHoldsUntilTheOldestMessageLeavesTheWindow() throws {
    var builder = CaseBuilder()
    for day in 1...8 { builder = builder.contact(.email, "2027-03-\(day < 10 ? "0" : "")\(day)") }
    let paced = try pacing(builder, on: "2027-03-20")
    #expect(paced.holds == [.overBudget(count: 8, maximum: 8, until: date("2027-03-31"))])
  }

  @Test("law: the next contact day is never before today nor before any hold ends")
  func nextDayLaw() throws {
    var random = SplitMix64(seed: 2026_12_03)
    for _ in 0..<300 {
      var builder = CaseBuilder()
      for _ in 0..<Int(random.next() % 6) {
        let day = date("2027-02-01").adding(days: Int(random.next() % 40))
        let channel: ContactChannel = random.next() % 3 == 0 ? .phone : .email
        builder = builder.contact(channel, day.iso, random.next() % 4 == 0 ? .inbound : .outbound)
      }
      let today = date("2027-02-01").adding(days: Int(random.next() % 50))
      let paced = try pacing(builder, on: today.iso)
      let next = try #require(paced.nextChaseDay)
      #expect(next >= today)
      for hold in paced.holds { #expect(hold.until.map { next >= $0 } ?? true) }
      #expect(paced.holds.isEmpty == (next == today))
    }
  }
}
