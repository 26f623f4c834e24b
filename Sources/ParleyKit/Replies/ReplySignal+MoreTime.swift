extension ReplySignal {
  /// Requests for more time, with or without a day.
  static let moreTimeSignals: [ReplySignal] = [
    ReplySignal(
      "more-time.asks", .asksForMoreTime, negation: .ignored,
      [
        "more|extra|additional time",
        "few|couple|bit|little ~1 more|longer|extra ~1 days|weeks|week|time|months",
        "more days|weeks|months",
        "another ~1 week|weeks|fortnight|month|few|couple|days",
        "extension|postpone|postponed|defer|deferred",
        "extend ~3 deadline|due|terms|date|time",
        "bear with",
        "be patient",
        "give|allow|grant ~4 more|another|extra|longer|time|while",
        "bit|little of? time",
        "come back to ~2 this|it",
        "flexibility|flexible|leeway",
        "give|allow|grant ~2 until",
        "get|have ~1 until",
        "push|pushed|move|moved ~4 back|date|deadline",
        "move|moved|push|pushed|shift|shifted ~2 payment|date|deadline|due",
        "delay ~2 payment|paying|it|this|until",
        "hold off",
        "can|could|would this|it ~1 wait",
        "wait|waiting ~2 until|another|longer|after",
        "new year",
        "pay|paying|payment ~3 later|late",
        "need|needs ~3 longer|time|while",
        "revisit ~3 in|after|later|weeks|month|new",
        "grace period",
      ]),
    ReplySignal(
      "more-time.hint", .asksForMoreTime, weight: 0.5, negation: .ignored,
      [
        "later|patience|christmas|january",
        "not ~1 yet",
        "will get there",
        "it will come",
      ]),
  ]
}
