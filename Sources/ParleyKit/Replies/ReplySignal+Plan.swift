extension ReplySignal {
  /// Requests for, or offers of, a payment plan.
  ///
  /// Families of phrasing: instalments and plans by name; an amount per period
  /// ("£75 each time", "fifty quid a week", "£40 every Friday"); the shape of the
  /// payments ("three equal payments", "monthly bits", "quarterly payments");
  /// dividing the bill ("split / divide / break it into"); part now and the rest
  /// later ("a chunk now and the balance when…"); paying it off over a period.
  static let planSignals: [ReplySignal] = [
    ReplySignal(
      "plan.instalments", .asksForPlan, negation: .ignored,
      [
        "instalment|instalments",
        "payment|repayment|payments plan|plans|schedule|arrangement|arrangements",
        "repayment|repayments",
        "in stages|parts|chunks|bits|pieces|installments|tranches|batches|portions|halves|thirds",
        "in two|three|four|five|six|2|3|4|5|6 ~1 payments|instalments|chunks|parts|lots|goes|stages|transfers|halves",
        "split|splitting|splits|divide|dividing|divided|break|breaking ~3 payment|payments|it|cost|bill|invoice|amount|two|three|half|balance|over|across|between|into",
        "#num|@count quid|pounds|dollars|bucks|euros|grand? a|per|each|every ~1 @day|months|weeks|time",
        "manage|afford|spare|do|pay|send|transfer ~4 per|each|every ~1 @day",
        "in ~1 weekly|monthly|fortnightly|quarterly|regular|small|smaller|equal|little ~1 bits|chunks|parts|pieces|lumps|amounts|payments|instalments|transfers|sums|stages",
        "equal|monthly|weekly|fortnightly|quarterly|recurring ~1 payments|instalments|amounts|transfers|sums|bits|chunks",
        "regular payments|instalments|transfers|amounts",
        "propose|proposing|suggest|suggesting|offer|offering ~3 #num|@count ~2 payments|instalments|amounts|transfers|parts|chunks",
        "propose|proposing|suggest|suggesting|offer|offering ~3 payments|instalments|plan|schedule",
        "#num|@count ~2 equal|regular|monthly|separate|smaller ~1 payments|instalments|amounts|transfers",
        "#num pcm|monthly|weekly|fortnightly",
        "every two|2|other ~1 weeks|week|months",
        "monthly|weekly|fortnightly payments|installments|instalments|transfers|amounts",
        "over the? next|a|few|two|three|four|six|2|3|4|6 ~1 months|weeks|quarter|year",
        "half now",
        "#num|two|three|four|five|six payments|instalments|chunks|amounts|transfers",
        "few|several|multiple|couple|series ~2 smaller? ~1 payments|instalments|transfers|chunks",
        "each|every month|week|fortnight|payday|quarter|@day",
        "break|split ~2 up|down",
        "smaller amounts|payments|chunks|sums|bits",
        "part|partial payment|payments|pay|paying",
        "some now",
        "now ~3 and|then|plus ~3 the? rest|remainder|balance|another|more|#num|#cur|half",
        "the rest|remainder|balance ~1 in|next|later|over|by|at|when|as|after",
        "bit by bit",
        "little by little",
        "a bit|little at a time",
        "spread|spreading ~3 out|cost|payments|payment|it|over|across",
        "stagger|staggered|staggering|phased|phase ~2 payment|payments|it|the",
        "gradually|piecemeal",
        "as and when",
        "drip ~1 feed",
        "standing order|orders",
        "direct debit",
        "chip|chipping away",
        "pay|paying ~3 off ~3 gradually|slowly|monthly|weekly|over|bit|each|every",
        "#num up front",
        "#num upfront|down",
        "first|second instalment|payment ~3 now|today|and|then|of",
      ]),
    ReplySignal(
      "plan.hint", .asksForPlan, weight: 0.5, negation: .ignored,
      [
        "plan|arrangement|monthly|weekly|fortnightly|quarterly|deposit|structure|affordable|manageable|chunk|bits"
      ]),
    ReplySignal(
      "plan.paying-off", .asksForPlan, weight: 0.5, negation: .ignored,
      ["pay|paying|paid ~3 off", "some ~2 now"]),
  ]
}
