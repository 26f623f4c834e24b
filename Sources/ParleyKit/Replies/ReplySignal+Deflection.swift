extension ReplySignal {
  /// Deflections: someone else will deal with it, or it is on its way.
  static let deflectionSignals: [ReplySignal] = [
    ReplySignal(
      "deflection.ask-someone-else", .deflection, negation: .ignored,
      [
        "talk|speak|contact*|email|ask|call|write|try ~3 accounts|finance|payables|bookkeeper|accountant|office|department|ap|reception",
        "accounts|finance|payments|payables ~1 team|department|dept|person|people|office|payable",
        "our|the accountant|bookkeeper",
        "not ~1 my|our ~1 department|call|decision|area",
        "not ~1 up to me",
        "not the right person",
        "wrong person",
        "handle|handles|deals|deal ~1 with? ~3 payments|invoices|supplier|suppliers|accounts",
        "head office",
        "accounts|finance|bookkeeper|accountant|payables|ap ~2 deal|deals|handle|handles|sort|sorts|look|looks|pay|pays",
        "with ~2 accounts|finance|payables|ap|bookkeeper|accountant",
        "not me",
      ]),
    ReplySignal(
      "deflection.will-look-into-it", .deflection, negation: .cancels,
      [
        "look|looking into",
        "will ~1 check|chase|ask|find|see|investigate|forward",
        "get back to you",
        "passed|forwarded|pass|forward|sent|sending|flagged|flag|escalated|raised it|this|that|your|the|invoice|them ~3 on|to|with",
        "leave it with me",
        "chase ~2 up",
        "look at it",
      ]),
    ReplySignal(
      "deflection.needs-paperwork", .deflection, negation: .ignored,
      [
        "po",
        "purchase order",
        "waiting|awaiting|need|needs|pending ~3 approval|sign|signoff|authorisation|authorization|signature",
        "resend",
        "re send",
        "send ~2 again",
        "send|resend|forward ~4 copy|invoice|bill",
        "copy of ~2 invoice|bill",
        "never|not ~2 received|got|seen|had ~2 an|the|your|any ~1 invoice|bill",
        "not on ~1 our|the system",
        "process it",
      ]),
    ReplySignal(
      "deflection.on-its-way", .deflection, negation: .cancels, isOnItsWay: true,
      [
        "in the post|mail",
        "posted|mailed ~1 it|the|a",
        "being processed",
        "processing",
        "in the system|pipeline",
        "@we ~2 paid|sent|transferred|wired|posted|mailed ~2 it|this|payment|money|yesterday|last|earlier|this",
        "just ~1 paid|sent|transferred",
        "bank delay",
        "go|goes|gone|went through",
        "take|takes ~2 while|days|day ~3 show|clear|arrive|appear|reach",
        "should ~1 go through",
        "should ~1 arrive|clear|reach",
        "should be with you",
      ]),
    ReplySignal(
      "deflection.away", .deflection, negation: .ignored,
      ["on holiday|leave|vacation", "off sick", "is|are away"]),
  ]
}
