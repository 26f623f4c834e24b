extension ReplySignal {
  /// Replies that answer nothing. An automatic reply is this whatever else it says.
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
      ]),
    ReplySignal(
      "no-answer.acknowledgement", .noRealAnswer, negation: .cancels,
      [
        "ok|okay|noted|thanks|thank|received|sure|yes|yep|cheers|👍|👌|🙏",
        "got it",
        "who is this",
        "what is this ~1 about",
        "what invoice",
      ]),
  ]
}
