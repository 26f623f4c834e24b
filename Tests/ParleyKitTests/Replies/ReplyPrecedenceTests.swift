import Testing

@testable import ParleyKit

/// The documented precedence when several kinds are present.
@Suite("ReplyClassifier: precedence between kinds")
struct ReplyPrecedenceTests {
  @Test(
    "the primary kind and the secondary kinds",
    arguments: [
      ("Your work is broken and you're a fraud.", ReplyKind.hostile, [ReplyKind.dispute]),
      (
        "We can't pay right now, cash flow is awful, could we pay in instalments?",
        .asksForPlan, [.hardship]
      ),
      ("Cash flow is tight but I'll pay £400 on the 20th.", .promiseToPay, [.hardship]),
      ("We will pay, we just need a bit more time.", .asksForMoreTime, [.promiseToPay]),
      ("Cash flow is terrible, could you give us a few more weeks?", .hardship, [.asksForMoreTime]),
      ("Sent it over to our AP team, they'll sort it.", .deflection, [.promiseToPay]),
      ("We never received the files, so we can't pay.", .dispute, [.hardship]),
      // A promise quoted in a rhetorical question is hostile, not a promise.
      ("What part of 'I'll pay when I'm ready' don't you understand?", .hostile, [.promiseToPay]),
      // Reading it later is an acknowledgement, not a request for time.
      ("Ok will have a read later", .noRealAnswer, []),
      ("Thanks, will have a quick look later.", .noRealAnswer, []),
      // "I haven't been working" is hardship, not a complaint that the work fails.
      ("My dad passed last month and I've not been working.", .hardship, []),
    ])
  func precedence(text: String, kind: ReplyKind, secondary: [ReplyKind]) {
    let analysis = triage(text)
    #expect(analysis.kind == kind)
    #expect(analysis.secondary == secondary)
  }

  @Test(
    "with the model: a promise with its amount and day outranks hardship",
    arguments: [
      "Business has been really slow after the floods and we are struggling, but I will "
        + "deposit LKR 75,000 on the 10th without fail.",
      "hi mate sorry been a nightmare month, vans been off the road and no work coming in. can "
        + "do 450 on weds tho",
      "Hello Marta, the tourist season was very bad and we have little money in the hotel, but "
        + "I can pay the 600 euros on 10 December. I am sorry, really. Pablo",
    ])
  func promiseOutranksHardship(text: String) {
    let analysis = ReplyClassifier.classify(
      text, today: replyToday, currency: .gbp, dateOrder: .dayFirst)
    #expect(analysis.kind == .promiseToPay)
    #expect(analysis.promise?.amount != nil)
    #expect(analysis.promise?.date != nil)
  }

  @Test("only a specific promise a rule finds overrules the model, and never a dispute")
  func whenThePromiseOverrules() {
    let specific = ReplyPromise(
      amount: Money(minorUnits: 45_000, currency: .gbp), amountText: "450", date: replyToday,
      dateText: "today")
    let dayOnly = ReplyPromise(amount: nil, amountText: nil, date: replyToday, dateText: "today")
    let found: [ReplyKind: Double] = [.promiseToPay: 1]
    #expect(ReplyClassifier.outranksModel(specific, weights: found, modelKind: .hardship))
    #expect(ReplyClassifier.outranksModel(specific, weights: found, modelKind: .deflection))
    #expect(!ReplyClassifier.outranksModel(dayOnly, weights: found, modelKind: .hardship))
    #expect(!ReplyClassifier.outranksModel(specific, weights: [:], modelKind: .hardship))
    #expect(!ReplyClassifier.outranksModel(specific, weights: found, modelKind: .dispute))
  }

  @Test("with the model: a payment made in anger stays hostile")
  func paymentMadeInAnger() {
    let analysis = ReplyClassifier.classify(
      "Here's your bloody money, £450 sent just now. Now lose my number.", today: replyToday,
      currency: .gbp, dateOrder: .dayFirst)
    #expect(analysis.kind == .hostile)
  }

  @Test("a payment made does not outrank a dispute the rules find")
  func paymentMadeKeepsDispute() {
    let analysis = triage("I paid £300 yesterday but the rest was never agreed, the work was late.")
    #expect(analysis.kind == .dispute)
  }

  @Test("ranking follows the documented order, a vague promise below deflection")
  func rankOrder() {
    let all = Set(ReplyKind.allCases)
    let specific = ReplyPromise(
      amount: nil, amountText: nil, date: replyToday, dateText: "today")
    #expect(
      ReplyClassifier.rank(all, promise: specific) == [
        .hostile, .dispute, .asksForPlan, .promiseToPay, .hardship, .asksForMoreTime, .deflection,
        .noRealAnswer,
      ])
    #expect(
      ReplyClassifier.rank(all, promise: nil) == [
        .hostile, .dispute, .asksForPlan, .hardship, .asksForMoreTime, .deflection, .promiseToPay,
        .noRealAnswer,
      ])
  }

  @Test("confidence falls with each competing kind and stays in 0.2...0.95")
  func confidence() {
    #expect(
      ReplyClassifier.confidence(kind: .hostile, weight: 1, others: 0, isAutomatic: false) == 0.7)
    #expect(
      ReplyClassifier.confidence(kind: .hostile, weight: 3, others: 0, isAutomatic: false) == 0.9)
    #expect(
      ReplyClassifier.confidence(kind: .hostile, weight: 1, others: 2, isAutomatic: false) == 0.5)
    #expect(
      ReplyClassifier.confidence(kind: .hostile, weight: 1, others: 9, isAutomatic: false) == 0.2)
  }
}
