import Testing

@testable import ParleyKit

/// One probe per phrasing family the rules name (see the `ReplySignal+*.swift`
/// catalogues): written fresh for the family, not copied from any set, so a
/// family that only covers the sentence it was drawn from fails here.
@Suite("Reply phrasing families")
struct ReplyFamilyTests {
  static let probes: [(ReplyKind, String)] = [
    // Hardship: stretched / heads above water / scraping by / not earning / bereavement.
    (.hardship, "We're really stretched at the moment."),
    (.hardship, "Cash is tight this month, sorry."),
    (.hardship, "Just about keeping our head above water."),
    (.hardship, "We are struggling after a quiet summer."),
    (.hardship, "Barely scraping through this quarter."),
    (.hardship, "I haven't been working since the operation."),
    (.hardship, "We're waiting on our own customers to pay us."),
    (.hardship, "Our grant wasn't renewed this year."),
    (.hardship, "My dad died last week."),
    (.hardship, "Trade has been dire since the roadworks started."),
    (.hardship, "Living hand to mouth right now."),
    // Plans: amounts per period, instalment shapes, dividing the bill.
    (.asksForPlan, "Could I send twenty quid every fortnight?"),
    (.asksForPlan, "Can we break the bill into smaller chunks?"),
    (.asksForPlan, "I can afford £30 per week."),
    (.asksForPlan, "Would four equal instalments work?"),
    (.asksForPlan, "Could I pay a bit every payday?"),
    // Disputes: scope, amounts that disagree, never agreed, already paid, quality.
    (.dispute, "That extra page wasn't in what we agreed."),
    (.dispute, "The bill shows 40 hours yet we only booked 30."),
    (.dispute, "At no stage did anyone approve the overtime."),
    (.dispute, "It was settled via PayPal on 2 October."),
    (.dispute, "The scans are blurred and half of them are illegible."),
    // More time: moving the date, flex, longer than planned.
    (.asksForMoreTime, "Could we roll it over to next month?"),
    (.asksForMoreTime, "Any wiggle room on the deadline?"),
    (.asksForMoreTime, "It'll take a little longer than we planned."),
    (.asksForMoreTime, "Can you give us until the end of January?"),
    (.asksForMoreTime, "Please bear with us for another couple of weeks."),
    // Deflection: someone else by role or name, in hand, paperwork, on its way.
    (.deflection, "This one's for our bookkeeper, I've copied him in."),
    (.deflection, "I don't deal with invoices, you need Sam in accounts."),
    (.deflection, "It's in hand."),
    (.deflection, "It's being dealt with by the office."),
    (.deflection, "Please upload it to our supplier portal."),
    (.deflection, "I'll take it to the partners' meeting on Monday."),
    (.deflection, "Could you resend it to our new billing address?"),
    (.deflection, "Payment has been initiated."),
    (.deflection, "We're on it."),
    // Hostile: rhetorical questions, dismissals, insults, reviews, "how dare".
    (.hostile, "Which bit of 'I'll pay when I can' is hard to understand? Are you thick?"),
    (.hostile, "Can you not read? I said next year."),
    (.hostile, "Dream on, mate."),
    (.hostile, "Good luck with that."),
    (.hostile, "You're an absolute clown."),
    (.hostile, "I'll be writing a scathing review on Google."),
    (.hostile, "How dare you chase me on a Sunday."),
    (.hostile, "Who do you think you are?"),
    (.hostile, "I'm fed up to the back teeth of your emails."),
    (.hostile, "Pack it in with the reminders."),
    (.hostile, "Lol yeah right."),
    (.hostile, "Shove your invoice up your backside."),
    // No real answer: acknowledgements, including "will read it later".
    (.noRealAnswer, "Thanks, will take a look later."),
    (.noRealAnswer, "Noted, will have a read tonight."),
    (.noRealAnswer, "Ok cheers."),
    (.noRealAnswer, "We'll stick with it, thanks."),
    // A plain "I'll pay when…" is still a promise; only the rhetorical one is hostile.
    (.promiseToPay, "I'll pay when the invoice is due."),
    // Common typos are spelled out before the rules read them.
    (.hardship, "Bussiness is strugling at the moment."),
    (.asksForMoreTime, "Could we have a short extention?"),
    (.hostile, "This is harrassment."),
    // Near misses: phrases a broad family must not swallow.
    (.asksForPlan, "Can we cut it in half and pay the rest next month?"),
    (.promiseToPay, "It'll go in our regular payment run on Friday."),
    (.deflection, "Did you not get my email? I forwarded it to accounts."),
    (.hardship, "We've had some hard luck this year and cash is tight."),
    (.hardship, "Not had enough work in since the summer, money is tight."),
    (.asksForMoreTime, "Could you give us another week to review it?"),
    (.promiseToPay, "Good luck with the launch! I'll pay on Friday."),
    (.hardship, "Everything's a complete mess since the flood, no money coming in."),
    (.deflection, "I'll hand it over to our accounts team."),
    (.hardship, "I've been off sick for most of this month with stress."),
    (.deflection, "I'm in meetings all day, I'll ask finance tomorrow."),
  ]

  @Test("every family probe reads as its kind")
  func probesRead() {
    var misses: [String] = []
    for (kind, text) in Self.probes {
      let got = triage(text).kind
      if got != kind { misses.append("expected \(kind.rawValue), got \(got.rawValue): \(text)") }
    }
    print(
      (["Family probes: \(Self.probes.count - misses.count)/\(Self.probes.count)"] + misses)
        .joined(separator: "\n"))
    #expect(misses.isEmpty)
  }
}
