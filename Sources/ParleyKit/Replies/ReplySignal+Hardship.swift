extension ReplySignal {
  /// Cash-flow hardship: they cannot pay, and why.
  ///
  /// Families of phrasing, each covered broadly (inflections, UK/US words):
  /// - cannot pay or afford: "can't pay", "unable to pay", "not in a position to";
  /// - money is short: "cash is tight", "stretched", "squeezed", "strapped",
  ///   "skint", "brassic", "hard up", "in the red", "cash flow";
  /// - only just surviving: "heads above water", "keeping afloat", "scraping by",
  ///   "hand to mouth", "paycheck to paycheck", "we're struggling";
  /// - business is bad: "business / trade / sales has been slow, brutal, dire";
  /// - income stopped: "lost our biggest client", "haven't earned a thing",
  ///   "not been working", "off work / off sick for weeks", "nothing coming in";
  /// - funding fell through: "grant / loan / contract not renewed or approved",
  ///   "the bank froze our overdraft";
  /// - waiting on their own customers: "waiting on our own clients to pay us";
  /// - insolvency and closure: "administration", "went bust", "shutting down";
  /// - life events: bereavement ("my mum passed"), illness, a family member in
  ///   hospital, a new baby.
  static let hardshipSignals: [ReplySignal] = [
    ReplySignal(
      "hardship.cannot-pay", .hardship, negation: .ignored,
      [
        "unable to ~2 @pay|afford",
        "can|could not ~1 @pay|afford",
        "not ~1 in a|the position to",
        "not ~2 afford",
        "can not ~2 afford",
        "no way ~2 @we can|could ~2 @pay",
        "can|could not ~2 make ~1 payroll|rent|wages|ends",
        "make ends meet",
        "unable to ~1 work|earn",
        "can|could not ~1 earn",
      ]),
    ReplySignal(
      "hardship.cash-flow", .hardship, negation: .ignored,
      [
        "cash flow",
        "money|cash|things|finances|funds|budget|budgets is|are|has|have|been ~3 tight|short|scarce|low|limited|difficult|hard|tough|bad|terrible|awful|dire|grim",
        "business|trade|trading|sales|orders|bookings|work|things|times is|are|has|have|been ~3 slow|quiet|dead|tough|difficult|hard|bad|terrible|awful|dire|grim|down|brutal|rough|rocky|horrendous|horrible|shocking|dreadful|bleak|slack|dry|hell|nightmare|struggling|suffering|flat|stagnant",
        "tight|short|low on ~1 money|cash|funds",
        "out of ~1 money|cash|funds",
        "run|ran|running out ~2 money|cash|funds",
        "not ~2 have|got ~2 the? money|funds|cash",
        "no money|funds|cash|income|work|savings",
        "nothing ~2 left|coming",
        "nothing in ~2 account|bank",
        "financial|financially ~1 difficulty|difficulties|trouble|hardship|problems|difficult|strain|mess|crisis|worries|stress|pressure",
        "money ~1 worries|troubles|problems",
        "struggle|struggles|struggled|struggling ~4 bills|pay|money|financially|cash|afloat|business|work|rent|wages|payroll",
        "rough|bad|tough|hard|difficult|lean|quiet|slow patch|way|time|times|period|month|months|year|spell",
        "am|are|is|were|totally|completely|flat broke",
        "skint|bankrupt|bankruptcy|insolvent|insolvency|overdraft|overdrawn|redundant|redundancies|redundancy|administration|liquidation|receivership|repossession|repossessed|evicted|eviction|furloughed|destitute",
        "strapped|stretched|squeezed|overstretched|skint|brassic|penniless|impoverished",
        "head|heads|nose|noses above ~1 water",
        "keep|keeping|stay|staying ~2 afloat|going|solvent",
        "scraping|scrape|scraped|scrapes|getting|barely ~2 by|through",
        "hand to mouth",
        "paycheck|paycheque|payday|month to paycheck|paycheque|payday|month",
        "on the breadline",
        "@we am|are|have|been|is ~2 struggling|struggled|suffering|sinking|drowning",
        "@we have|had|am|are|was|were|has not ~2 earned|earning|earnt|working|worked",
        "not ~1 earned|earnt|earning ~1 a|any|anything|much|money|penny|thing|cent|dime|bean",
        "off work|sick ~4 week|weeks|month|months|ages|injury|back|illness|surgery|operation|accident|stress|depression",
        "nothing|no ~1 money|cash|income|work|revenue ~1 coming ~1 in",
        "grant|grants|funding|contract|contracts|loan|loans|investment|investor|investors|finance|mortgage ~4 not ~3 renewed|approved|extended|through|materialise|materialize|happen|paid",
        "grant|grants|funding|contract|loan|investment ~3 cut|cuts|withdrawn|rejected|refused|declined|ended|ran|stopped|frozen",
        "frozen|froze|freezing|cancelled|canceled|pulled|withdrew|withdrawn|reduced|cut ~3 overdraft|loan|credit|facility|funding",
        "mum|mom|mother|dad|father|husband|wife|partner|son|daughter|brother|sister|nan|gran|grandma|granny|grandad|grandpa|grandmother|grandfather|aunt|uncle|baby|child|kid|kids ~3 passed|died|dying|ill|sick|unwell|hospital|hospitalised|hospitalized|poorly|diagnosed",
        "new baby|born",
        "waiting ~1 on|for ~3 customers|clients|client|customer|debtors|invoices ~3 pay|paid|paying|settle|settling",
        "waiting ~1 on|for ~2 own ~1 customers|clients|client|customer|invoices|debtors",
        "hard up",
        "in the red",
        "maxed out",
        "lost ~3 client|clients|contract|contracts|customer|customers|job|income|funding|investor|investors|account|tender",
        "contracts|contract|orders|clients|funding|investment|work ~2 cancelled|canceled|pulled|dried|fell|collapsed",
        "dried up",
        "let ~2 staff|people|team go",
        "laid off",
        "made redundant",
        "clients|customers|customer|client ~3 not ~1 paid|paying",
        "waiting ~1 on|for|to ~3 payment|paid|money|funding|funds|investors|loan|grant",
        "keeping|keep ~1 the lights on",
        "afloat",
        "went|gone|go|going bust|under",
        "owe|owes|owing us",
        "no|zero sales|income|revenue|orders|customers|bookings",
        "out of work",
        "lost|lose ~1 my|our ~1 job|jobs|home|house",
        "unemployed",
        "close|closing|closed|shut|shutting ~3 business|company|shop|doors",
        "wind|winding|wound up|down",
        "closing|shutting down",
        "cease|ceased|ceasing trading",
        "in debt",
        "debts|creditors|arrears|bailiffs",
        "behind on ~2 bills|rent|mortgage|payments|everything",
        "one income",
        "passed away",
        "died",
        "bereavement|funeral|cancer|diagnosed|chemo|chemotherapy|stroke|miscarriage|divorce",
        "in hospital",
        "seriously|very|really ill|sick|unwell",
        "medical ~1 bills|emergency|leave",
        "family emergency",
        "personal circumstances",
        "tax|vat|hmrc|irs ~1 bill|debt",
      ]),
    ReplySignal(
      "hardship.hint", .hardship, weight: 0.5, negation: .ignored,
      [
        "tight|struggling|financially|funding|difficult|hospital|illness|ill|surgery|flood|fire|investors|payroll|recession|downturn|unwell|sick|broke|loan|tariffs|tariff|inflation|charity|grant|barely|shut|closed|repairs|mess|grim|bereaved|passed"
      ]),
    ReplySignal(
      "hardship.no-promises", .hardship, weight: 0.5, negation: .ignored,
      ["can not promise|commit|guarantee"]),
  ]
}
