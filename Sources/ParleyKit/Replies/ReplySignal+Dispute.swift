extension ReplySignal {
  /// Disputes, each with what it says the dispute is about where it says so.
  static let disputeSignals: [ReplySignal] = [
    ReplySignal(
      "dispute.refuses-to-pay", .dispute, negation: .cancels,
      [
        "refuse|refusing|refused ~2 to pay",
        "withhold|withholding ~1 payment|paying",
        "hold|holding payment",
        "nothing to pay for",
        "will|shall|am|are|is not ~2 paying|pay ~3 until|unless",
        "will|shall|am|are|is not ~1 paying|pay for",
        "no intention of paying",
        "not paying",
      ]),
    ReplySignal(
      "dispute.disputes", .dispute, negation: .cancels,
      [
        "dispute|disputing|disputed|contest|contesting|query|querying",
        "do|does not accept",
        "breach|breached",
      ]),
    ReplySignal(
      "dispute.quality", .dispute, negation: .ignored, topic: .quality,
      [
        "does|do|is|are|did|was|were|has|have not ~2 work|working|function|functioning|load|loading|usable",
        "broken|buggy|bugs|crash*|errors|mistakes|typos|blurry|sloppy|shoddy|substandard|unusable|faulty|defective|glitch*|unprofessional",
        "poor|low|bad ~1 quality|work|job|standard",
        "not|unhappy|dissatisfied|disappointed ~2 happy|pleased|satisfied|with ~3 quality|work|result|job|design|site|website|photos|service|logo|translation",
        "redone|redo",
        "fix ~2 it|this|that|the",
        "can|could not ~1 use ~1 it|this|them",
        "nothing like",
        "not fit for purpose",
      ]),
    ReplySignal(
      "dispute.unfinished", .dispute, negation: .ignored, topic: .unfinished,
      [
        "unfinished|incomplete|half-done",
        "is|are|was|has|have not ~2 finished|complete|completed|done",
        "half ~1 the? work|job ~2 not",
      ]),
    ReplySignal(
      "dispute.scope", .dispute, negation: .ignored, topic: .scope,
      [
        "not what ~2 asked|ordered|wanted|briefed|requested|commissioned",
        "scope",
        "extra|additional ~2 work|pages|revisions|hours|changes|features|charges|rounds|items",
        "supposed to be included",
        "should have been included",
        "not ~1 in ~1 the? brief|original|quote|contract|agreement",
        "the brief said|says",
        "never|not|nobody ~2 asked for",
        "no one ~2 asked for",
        "never|not ~2 requested|ordered",
      ]),
    ReplySignal(
      "dispute.not-received", .dispute, negation: .ignored, topic: .notReceived,
      [
        "never|not ~2 received|receive|got|get|delivered|arrived ~3 @work",
        "@work ~3 not|never ~2 arrived|delivered|received|turned",
        "still waiting ~3 @work",
      ]),
    ReplySignal(
      "dispute.amount-wrong", .dispute, negation: .ignored, topic: .amountWrong,
      [
        "overcharg*",
        "charged|billed|invoiced ~1 twice|double",
        "double charged|billed",
        "wrong|incorrect amount|total|figure|rate",
        "invoice|amount|total|figure|rate|bill|price is|was|looks ~1 wrong|incorrect|off|inaccurate|higher",
        "too much|high",
        "more|higher|dearer|greater than ~2 quoted|quote|agreed|estimate|estimated",
        "agreed ~1 #cur #num?",
        "quote|quoted|estimate ~4 #cur #num?",
        "corrected|amended|revised|credit ~1 invoice|note",
      ]),
    ReplySignal(
      "dispute.never-agreed", .dispute, negation: .ignored, topic: .neverAgreed,
      [
        "never|not ~2 agreed|agree|approved|approve|authorised|authorized|authorise|authorize|signed|accepted|sanctioned",
        "no contract|agreement",
        "only ~2 agreed|approved|authorised|authorized|ordered",
        "nothing ~1 in writing|signed",
      ]),
    ReplySignal(
      "dispute.already-paid", .dispute, negation: .ignored, topic: .alreadyPaid,
      [
        "already ~2 paid|settled",
        "paid ~2 already",
        "paid ~2 in full",
        "check your records",
      ]),
    ReplySignal(
      "dispute.until-fixed", .dispute, negation: .ignored, topic: .quality,
      [
        "until|unless|once|when ~4 fixed|corrected|working|repaired",
        "until|unless|once ~4 works",
      ]),
    ReplySignal(
      "dispute.until-finished", .dispute, negation: .ignored, topic: .unfinished,
      [
        "until|unless|once|when ~4 finished|complete|completed",
        "when ~2 done",
      ]),
    ReplySignal(
      "dispute.until-delivered", .dispute, negation: .ignored, topic: .notReceived,
      [
        "until|unless|once|when ~4 delivered|received|arrived",
        "send|deliver ~1 them|it|the ~2 and ~1 i|we will",
      ]),
  ]
}
