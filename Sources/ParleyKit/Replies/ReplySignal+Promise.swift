extension ReplySignal {
  /// Promises to pay. "Will pay" negated is a refusal; "can pay" negated is hardship.
  static let promiseSignals: [ReplySignal] = [
    ReplySignal(
      "promise.will-pay", .promiseToPay, negation: .becomes("dispute.refuses-to-pay"),
      [
        "will|shall ~2 @pay",
        "will ~2 send|get ~2 @money|it|that|this",
        "will ~2 make|do ~2 payment|transfer",
        "will ~2 be ~1 @paid|made|sent|released|processed",
        "am|are going to ~2 @pay",
        "@we am|are ~1 paying|settling|transferring|sending ~3 @soon",
        "paying|transferring|sending|wiring ~3 @soon|@money",
        "goes|go|going|leaves|leaving out ~2 on|by|today|tomorrow|tonight|this|next",
      ]),
    ReplySignal(
      "promise.can-pay", .promiseToPay, negation: .becomes("hardship.cannot-pay"),
      [
        "@we can|could ~2 @pay",
        "able to ~1 @pay",
      ]),
    ReplySignal(
      "promise.scheduled", .promiseToPay,
      [
        "payment|transfer|it|invoice|cheque|check is|has|have ~2 scheduled|booked|arranged|approved",
        "scheduled|booked|arranged|set ~2 payment|transfer|cheque",
        "set up ~2 transfer|payment",
        "cheque|check will ~2 go|sent|posted|mailed|issued",
        "payment|transfer|money will ~2 go|leave|arrive|land",
      ]),
    ReplySignal(
      "promise.you-will-have-it", .promiseToPay,
      [
        "you will|should ~1 have|get|receive|see ~2 @money|it",
        "expect ~2 @money",
        "you will be paid",
      ]),
    ReplySignal("promise.payment-run", .promiseToPay, weight: 0.5, ["payment run|runs"]),
    ReplySignal("promise.promise", .promiseToPay, weight: 0.5, ["promise|promised"]),
  ]
}
