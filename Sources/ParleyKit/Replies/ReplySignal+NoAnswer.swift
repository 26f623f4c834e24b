extension ReplySignal {
  /// Replies that answer nothing. An automatic reply is this whatever else it says.
  ///
  /// Acknowledgements include reading it later ("ok, will have a read later",
  /// "will take a look tonight"): reading later is not asking for time.
  static let noAnswerSignals: [ReplySignal] = [
    ReplySignal(
      "no-answer.automatic-reply", .noRealAnswer, negation: .ignored, isAutomaticReply: true,
      [
        "out of ~1 office",
        "automatic|auto reply|response",
        "autoreply|auto-reply",
        "limited access to ~1 email|emails",
        "away from ~2 desk|office|email",
        "@we am|are|will be? away until",
        "will ~1 reply|respond ~4 when|on|upon ~2 return|back",
        "automated|automatic ~1 message|email|response|reply|notification",
        "mailbox|inbox ~4 monitored|unmonitored|checked",
        "not|no ~1 longer? monitored",
        "please do not reply",
        "do not reply to ~1 this",
        "noreply|donotreply",
        "mail|message delivery ~2 failed|failure|subsystem",
        "delivery status notification",
        "undeliverable",
        "currently ~1 away|travelling|traveling ~2 until|from|with|and",
        "return|returning ~3 office|desk",
        "respond|reply ~3 within ~3 working|business|hours|days",
        "ticket ~1 number|reference|id|has",
      ]),
    ReplySignal(
      "no-answer.acknowledgement", .noRealAnswer, negation: .cancels,
      [
        "ok|okay|noted|thanks|thank|received|sure|yes|yep|cheers|👍|👌|🙏|ta|understood|acknowledged",
        "got it",
        "have|take|give ~2 a? ~1 read|skim|glance|look|peek ~3 later|tonight|tomorrow|weekend|soon",
        "read it|this|that ~2 later|tonight|tomorrow|weekend",
        "who is this",
        "what is this ~1 about",
        "what invoice",
      ]),
  ]
}
