extension ReplySignal {
  /// Disputes, each with what it says the dispute is about where it says so.
  ///
  /// Families of phrasing, by topic: quality (defects named: "riddled with
  /// errors", "dark and grainy", "crashes", "doesn't work", but not "*I* haven't
  /// been working"); scope ("never part of what we ordered", "not in the
  /// brief"); not received; amount ("your invoice says 32 hours but the
  /// timesheet shows 24", "billed at your new rate", "we were quoted"); never
  /// agreed ("at no point did we agree", "never signed off"); already paid
  /// ("paid by card on 3 November", "check your end"); refusals and complaints.
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
        "not paying|pay ~2 a|one|single ~1 penny|cent|dime|thing",
        "not paying anything|for",
        "not ~1 owe|owing ~2 you|anything|a|this|that|it",
        "owe ~1 you nothing",
        "nothing ~1 is? owed|owing",
      ]),
    ReplySignal(
      "dispute.disputes", .dispute, negation: .cancels,
      [
        "dispute|disputing|disputed|disputes|contest|contesting|contested|query|querying",
        "challenge|challenging ~2 invoice|charge|charges|amount|bill",
        "do|does not accept",
        "breach|breached",
        "disagree|disagreeing",
        "do|does not agree ~3 with|invoice|charge|charges|amount|bill",
        "complaint|complain|complaining|complained",
        "full|partial refund",
        "want|expect|demand|request|require|like|deserve|owed ~3 refund|compensation|discount|reduction|credit",
        "chargeback",
        "money back",
        "discount|reduction ~3 given|for|because|since|due",
        "not liable|accountable",
        "not ~1 responsible|liable for ~3 cost|costs|charge|charges|overrun|overruns|extra|fee|fees|delay|delays",
      ]),
    ReplySignal(
      "dispute.quality", .dispute, negation: .ignored, topic: .quality,
      [
        "!i|we does|do|is|are|did|was|were|has|have not ~2 work|working|function|functioning|load|loading|usable",
        "grainy|overexposed|underexposed|distorted|riddled|unreadable|illegible|blurred|unfocused|garbled|clunky|laggy|botched|careless|broken|buggy|bugs|crash|crashes|crashed|crashing|errors|mistakes|typos|blurry|sloppy|shoddy|substandard|unusable|faulty|defective|glitch|glitches|glitchy|glitching|unprofessional",
        "poor|low|bad ~1 quality|work|job|standard",
        "not|unhappy|dissatisfied|disappointed ~2 happy|pleased|satisfied|with ~3 quality|work|result|job|design|site|website|photos|service|logo|translation",
        "redone|redo",
        "fix ~2 it|this|that|the",
        "can|could not ~1 use ~1 it|this|them",
        "nothing like",
        "not what ~2 paid|expected|hoped|envisaged|imagined|pictured",
        "not fit for purpose",
        "wrong length|size|format|colour|color|version|language|file|files|dimensions|resolution|spec|specs",
        "inaccurate|inaccuracies|pixelated|misspelt|misspelled|plagiarise|plagiarize|plagiarised|plagiarized|plagiarism|plagiarising|plagiarizing|amateurish|unacceptable",
        "not up to ~1 standard|scratch|par|spec",
        "below|sub ~1 standard|par",
        "not|never ~2 meet|met ~2 brief|spec|specification|requirements|expectations|standard",
        "not as ~1 described|agreed|specified|promised|advertised",
        "had to ~3 redo|rewrite|remake|re-do",
        "fix|fixed|correct|corrected|redo|redid ~3 ourselves|myself",
        "hire|hired|pay|paid|get|got ~2 someone|somebody|another ~3 fix|redo|finish|correct|sort",
        "your mistake|mistakes|error|errors|fault",
        "missed ~2 deadline|deadlines",
        "delivered|arrived|came|finished|completed ~3 late",
        "does|do|did|has|have|is|was not ~2 match|matched ~2 brief|spec|sample|samples|quote|what",
        "missing ~3 pages|files|items|features|sections|parts|content|bits|photos",
        "quality|standard of ~2 work|the|your",
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
        "not ~1 in ~1 the? brief|original|quote|contract|agreement|sow|estimate",
        "outside|beyond ~2 scope|brief|quote|agreement|contract",
        "not ~2 part of ~2 job|brief|deal|quote|agreement|contract|project|scope",
        "never|not ~3 part ~1 of ~3 what|ordered|asked|agreed|quoted|discussed|brief|order",
        "never|not ~1 in|on|within ~2 what ~2 agreed|ordered|asked|quoted|discussed|signed|briefed",
        "on top of ~3 what|agreed|quoted|brief|quote",
        "never|not ~3 ordered|requested|commissioned|wanted|needed ~3 that|this|it|any",
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
        "nothing ~3 arrived|delivered|turned",
        "yet to ~1 receive|see|get ~3 @work",
        "not ~2 had|seen|received|got ~2 anything|a|any|the ~1 @work",
        "where is|are ~2 @work",
      ]),
    ReplySignal(
      "dispute.amount-wrong", .dispute, negation: .ignored, topic: .amountWrong,
      [
        "overcharge|overcharged|overcharging|overcharges",
        "charged|billed|invoiced ~1 twice|double",
        "double charged|billed",
        "wrong|incorrect amount|total|figure|rate|price|hours|sum|invoice",
        "more|higher than ~3 expected|discussed|budgeted|told|said",
        "was|were told|quoted ~4 #cur|cost|price|rate|total|fixed",
        "supposed|meant to ~1 be|cost ~1 #cur|less|cheaper|capped|fixed|free|only",
        "should ~2 be|been|cost ~1 #cur|less|cheaper|lower|only",
        "not #cur #num",
        "hours|charges|items|lines|figures ~4 do|does not ~2 add|match|recognise|recognize",
        "not ~2 recognise|recognize ~3 hours|charges|items|charge|amount|figures|invoice",
        "discrepancy|discrepancies|overbill|overbilled|overbilling|inflated|padded|extortionate|excessive",
        "charged|billed|invoiced ~3 for ~4 which|that|we|hours|days|time",
        "invoice|amount|total|figure|rate|bill|price is|was|looks ~1 wrong|incorrect|off|inaccurate|higher",
        "too much|high",
        "more|higher|dearer|greater than ~2 quoted|quote|agreed|estimate|estimated",
        "agreed ~1 #cur #num?",
        "quote|quoted|estimate ~4 #cur #num?",
        "corrected|amended|revised|credit ~1 invoice|note",
        "invoice|bill|you|it ~2 says|shows|lists|states|charges|charged|claims ~3 #num ~3 but|yet|whereas|while",
        "timesheet|timesheets|log|logs|records|tracker|timesheet's|estimate ~4 show|shows|showed|says|said|only|lists|listed",
        "billed|charged|invoiced ~4 new|higher|increased|different|wrong|full|old ~1 rate|rates|price|fee|fees",
      ]),
    ReplySignal(
      "dispute.never-agreed", .dispute, negation: .ignored, topic: .neverAgreed,
      [
        "never|not ~2 agreed|agree|approved|approve|authorised|authorized|authorise|authorize|signed|accepted|sanctioned",
        "no contract|agreement",
        "only ~2 agreed|approved|authorised|authorized|ordered",
        "nothing ~1 in writing|signed",
        "not ~2 recall|remember|aware ~4 approving|agreeing|asking|signing|authorising|authorizing|ordering|approved|agreed|ordered|requesting|requested|signed",
        "no ~1 recollection",
        "no record of ~2 agreeing|agreement|approving|approval|ordering|order|contract|quote|authorisation|authorization",
        "without ~2 our|my|anyone's|any ~1 approval|consent|agreement|permission|sign|signoff|authorisation|authorization",
        "nobody|noone ~3 approved|authorised|authorized|agreed|signed|ordered",
        "no one ~3 approved|authorised|authorized|agreed|signed|ordered",
        "who ~2 approved|authorised|authorized|agreed|ordered",
        "not ~2 sign|signed ~1 off",
        "no point|stage|time ~4 agree|agreed|approve|approved|ask|asked|sign|signed|authorise|authorised|authorize|authorized|accept|accepted|order|ordered",
        "never ~2 said|told|confirmed ~1 yes|ok|okay|go",
      ]),
    ReplySignal(
      "dispute.already-paid", .dispute, negation: .ignored, topic: .alreadyPaid,
      [
        "already ~2 paid|settled",
        "paid ~2 already",
        "paid ~2 in full",
        "check your records",
        "paid|settled|cleared ~3 months ago",
        "paid ~1 twice",
        "@we ~1 paid|settled|cleared ~3 in|back ~1 january|february|march|april|may|june|july|august|september|october|november|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov",
        "paid ~2 this|that|it ~2 ages|months|weeks ago",
        "was|were|been paid|settled|cleared ~4 by|via|with|on ~2 card|cheque|check|bacs|paypal|stripe|transfer|#num|january|february|march|april|may|june|july|august|september|october|november|december",
        "check|look|see ~1 at? ~1 your ~1 end|side|records|statement|statements|books",
      ]),
    ReplySignal(
      "dispute.paid-proof", .dispute, weight: 0.5, negation: .ignored, topic: .alreadyPaid,
      ["receipt|receipts", "proof of payment", "bank statement|statements"]),
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
