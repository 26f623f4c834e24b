extension ReplySignal {
  /// Requests for more time, with or without a day.
  ///
  /// Families of phrasing:
  /// - until a day: "give us until", "could we have till the 20th", "wait until
  ///   our new financial year";
  /// - more of it: "another couple of weeks", "an extra fortnight", "a few more
  ///   weeks", "a bit longer (than I thought)", "a 30-day extension";
  /// - holding off: "hold off", "bear with", "sit tight", "hold fire", "breathing
  ///   space", "grace period";
  /// - moving the date: "push back", "move / shift / slide / slip / roll / bump
  ///   it to next month", "defer", "postpone", "reschedule";
  /// - flexibility: "any flex / wiggle room / leeway on the due date".
  /// "A bit later" asks for time; "have a read later" does not (see
  /// ``noAnswerSignals``).
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
        "flexibility|flexible|leeway|flex|wiggle|lenience|leniency|indulgence",
        "give|allow|grant ~2 until",
        "get|have ~1 until",
        "push|pushed|move|moved ~4 back|date|deadline",
        "move|moved|push|pushed|shift|shifted ~2 payment|date|deadline|due",
        "slide|slip|roll|rolled|carry|carried|bump|bumped|kick|kicked|shunt|nudge|defer|push|move|shift ~3 to|into|until|till|over|back ~2 next|new|the|january|february|march|april|month|week|year|quarter",
        "next month|week|quarter instead",
        "delay ~2 payment|paying|it|this|until",
        "hold off",
        "can|could|would this|it ~1 wait",
        "wait|waiting ~2 until|another|longer|after",
        "new year",
        "pay|paying|payment ~3 later|late",
        "need|needs ~3 longer|time|while",
        "revisit ~3 in|after|later|weeks|month|new",
        "grace period",
        "few days|weeks grace",
        "breathing|wiggle room|space",
        "some|a ~1 slack|leeway|latitude",
        "bit|little|touch|tad|while|smidge ~1 later|longer",
        "longer than ~2 thought|expected|planned|hoped|i|we",
        "later ~1 in ~2 month|week|year|quarter",
        "short|slight|small|brief|little|quick ~1 delay|extension|reprieve",
        "week|weeks|day|days|month|fortnight or ~1 two|so|more|three",
        "after|until|til ~2 holidays|christmas|holiday|break|payday|new|month|quarter|year|summer|easter|thanksgiving|weekend",
        "once|when ~2 holidays|christmas|year|break ~3 over|passed|done|finished",
        "reschedule|rescheduled|rescheduling ~3 payment|it|this|date|invoice|due",
        "later date",
        "hang|hold on ~2 until|till|few|couple|while|bit|little|week|weeks|month",
        "sit tight",
        "hold fire",
        "pause|pausing|paused ~3 reminders|chasing|invoice|it|this|payment",
        "wait|waiting ~2 bit|little|few|couple|while|week|weeks|month|fortnight",
        "stretch|extend ~3 terms|payment|it|this|out",
        "payment holiday",
        "more ~1 time|days|weeks|room",
        "can|could|would|will ~3 wait",
        "any ~1 rush",
        "not ~2 ready ~2 to ~1 pay|settle|yet",
        "give|allow|grant ~2 me|us ~3 until|till|more|another|extra|longer|time|while",
        "let ~2 me|us ~1 have ~3 until|till|more|another|extra|longer|time",
      ]),
    ReplySignal(
      "more-time.hint", .asksForMoreTime, weight: 0.5, negation: .ignored,
      [
        "later|patience|christmas|january|february|instead|wait|waiting|hold",
        "not ~1 yet",
        "will get there",
        "it will come",
      ]),
  ]
}
