extension ReplySignal {
  /// Promises to pay. "Will pay" negated is a refusal; "can pay" negated is hardship.
  ///
  /// Families of phrasing: "I'll pay / transfer / settle / ping it over"; a
  /// payment going out ("going out in Friday's BACS run"); cheques ("cutting
  /// checks on the 15th"); being on the list or run ("yours is on the list");
  /// confirmed or scheduled payments; "you'll have it by…". A promise quoted in
  /// a hostile question is outranked by the hostility.
  static let promiseSignals: [ReplySignal] = [
    ReplySignal(
      "promise.will-pay", .promiseToPay, negation: .becomes("dispute.refuses-to-pay"),
      [
        "will|shall ~2 @pay",
        "will ~2 send|get|pop|put|push|fire|ping|bang|mail|post ~2 @money|it|that|this",
        "will ~2 make|do ~2 payment|transfer",
        "will ~2 send|transfer|wire|pay ~2 #num #cur|euro|euros|dollars|pounds|quid|bucks|rupees|grand",
        "will ~2 be ~1 @paid|made|sent|released|processed|issued|deposited|credited",
        "will ~2 get|have ~2 it|this|that|invoice|bill|balance|you @paid|done",
        "am|are going to ~2 @pay",
        "@we am|are ~1 paying|settling|transferring|sending|remitting|wiring ~3 @soon",
        "paying|transferring|sending|wiring|remitting ~3 @soon|@money",
        "goes|go|going|leaves|leaving out ~2 on|by|in|with|via|first|@soon|this|next",
        "plan|planning|intend|intending|aim|aiming|hope|hoping|expect|expecting|looking ~1 to ~2 @pay",
        "happy|glad|ready|like|want|wanting ~1 to ~2 @pay",
        "pop|put|push|fire|ping|get|send|bang ~3 through|over|across ~2 @soon|by|on|this|next",
        "cut|cutting|cuts ~2 a|the|your? ~1 check|cheque|checks|cheques",
        "yours|you|invoice|it is|are ~1 on ~2 list|run|batch|schedule ~2 for|on|this|next|#cur",
        "confirmed|confirm ~4 @money ~4 going|scheduled|booked|approved|authorised|authorized",
        "make sure ~4 @paid",
        "being ~1 @paid|sent|made",
      ]),
    ReplySignal(
      "promise.can-pay", .promiseToPay, negation: .becomes("hardship.cannot-pay"),
      [
        "@we can|could ~2 @pay",
        "can|could ~1 do ~3 #cur|#num",
        "@we can|could ~1 send|transfer|wire ~3 #cur|#num",
        "able to ~1 @pay",
      ]),
    ReplySignal(
      "promise.scheduled", .promiseToPay,
      [
        "payment|transfer|it|invoice|cheque|check is|has|have ~2 scheduled|booked|arranged|approved|queued",
        "scheduled|schedule|booked|arranged|set|queued ~2 payment|transfer|cheque",
        "set up ~2 transfer|payment",
        "cheque|check will ~2 go|sent|posted|mailed|issued",
        "payment|transfer|money|funds|it|cheque|check|#cur|#num will ~3 go|leave|arrive|land|hit|reach|clear",
        "@money ~2 to|will ~1 follow",
      ]),
    ReplySignal(
      "promise.you-will-have-it", .promiseToPay,
      [
        "you will|should ~1 have|get|receive|see ~2 @money|it",
        "expect ~2 @money",
        "you will be paid",
        "will hit|reach ~2 your ~1 account|bank",
        "will be with you",
        "will be in your account|bank",
      ]),
    ReplySignal("promise.payment-run", .promiseToPay, weight: 0.5, ["payment run|runs"]),
    ReplySignal(
      "promise.promise", .promiseToPay, weight: 0.5,
      ["promise|promised|honest|honestly|definitely|defo|deffo|guarantee|guaranteed"]),
  ]
}
