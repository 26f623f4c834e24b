extension ReplySignal {
  /// Requests for, or offers of, a payment plan.
  static let planSignals: [ReplySignal] = [
    ReplySignal(
      "plan.instalments", .asksForPlan, negation: .ignored,
      [
        "instal*",
        "payment|repayment|payments plan|schedule|arrangement|arrangements",
        "repayment*",
        "in stages|parts|chunks|bits|pieces|installments|tranches",
        "in two|three|four|five|six|2|3|4|5|6 ~1 payments|instalments|chunks|parts|lots|goes|stages",
        "split ~3 payment|payments|it|cost|bill|invoice|amount|two|three|half|balance",
        "#num a|per|each|every ~1 month|week|weeks|fortnight|months",
        "every two|2|other ~1 weeks|week|months",
        "monthly|weekly payments|installments|instalments",
        "over the? next|a|few|two|three|four|six|2|3|4|6 ~1 months|weeks",
        "half now",
        "#num|two|three|four|five|six payments|instalments|chunks|amounts",
        "each|every month|week|fortnight",
        "break|split ~2 up|down",
        "smaller amounts|payments|chunks|sums",
        "part|partial payment",
        "some now",
        "the rest|remainder|balance ~1 in|next|later|over|by|at|when|as|after",
        "bit by bit",
        "little by little",
        "spread ~3 out|cost|payments|payment|it|over",
      ]),
    ReplySignal(
      "plan.hint", .asksForPlan, weight: 0.5, negation: .ignored,
      ["plan|arrangement|monthly|weekly|fortnightly|deposit"]),
    ReplySignal(
      "plan.paying-off", .asksForPlan, weight: 0.5, negation: .ignored,
      ["pay|paying|paid ~3 off", "some ~2 now"]),
  ]
}
