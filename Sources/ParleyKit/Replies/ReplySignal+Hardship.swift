extension ReplySignal {
  /// Cash-flow hardship: they cannot pay, and why.
  static let hardshipSignals: [ReplySignal] = [
    ReplySignal(
      "hardship.cannot-pay", .hardship, negation: .ignored,
      [
        "unable to ~2 @pay|afford",
        "can|could not ~1 @pay|afford",
        "not ~1 in a|the position to",
        "not ~2 afford",
        "can not ~2 afford",
      ]),
    ReplySignal(
      "hardship.cash-flow", .hardship, negation: .ignored,
      [
        "cash flow",
        "money|cash|things|finances|funds|budget|budgets is|are|has|have|been ~3 tight|short|scarce|low|limited|difficult|hard|tough|bad|terrible",
        "tight|short on ~1 money|cash|funds",
        "not ~2 have|got ~2 the? money|funds|cash",
        "no money|funds|cash|income|work",
        "nothing in ~2 account|bank",
        "financial|financially ~1 difficulty|difficulties|trouble|hardship|problems|difficult|strain",
        "struggling|struggle ~4 bills|pay|money|financially|cash|afloat",
        "rough|bad|tough|hard|difficult patch|way|time",
        "am|are|is|were|totally|completely broke",
        "skint|bankrupt|insolvent|overdraft|redundant|redundancies|administration|liquidation",
        "lost ~3 client|clients|contract|contracts|customer|customers|job|income",
        "contracts|contract|orders|clients ~2 cancelled|canceled",
        "let ~2 staff|people|team go",
        "laid off",
        "clients|customers|customer|client ~3 not ~1 paid",
        "waiting ~1 on|for|to ~3 payment|paid|money|funding|funds",
        "keeping|keep ~1 the lights on",
        "afloat",
        "went|gone|go|going bust|under",
        "owe|owes|owing us",
        "no|zero sales|income|revenue|orders|customers",
        "out of work",
        "lost|lose ~1 my|our ~1 job|jobs|home|house",
        "unemployed",
        "passed away",
        "died",
        "bereavement|funeral|cancer|diagnosed",
        "in hospital",
      ]),
    ReplySignal(
      "hardship.hint", .hardship, weight: 0.5, negation: .ignored,
      [
        "tight|struggling|financially|funding|difficult|hospital|illness|ill|surgery|flood|fire"
      ]),
    ReplySignal(
      "hardship.no-promises", .hardship, weight: 0.5, negation: .ignored,
      ["can not promise|commit"]),
  ]
}
