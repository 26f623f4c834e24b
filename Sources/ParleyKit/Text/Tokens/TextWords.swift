/// Word lists shared by the tokenizer and several rules, and the word classes
/// (`@name`) that phrase patterns may use.
enum TextWords {
  /// Words that negate what follows in their clause.
  static let negators = [
    "no", "not", "never", "without", "avoid", "avoids", "avoided", "avoiding", "instead",
    "nor", "neither", "nothing", "none", "nobody", "unnecessary", "rather",
  ]

  /// Words that undo a negation before them ("won't hesitate to").
  static let negationCancellers = ["hesitate", "afraid", "joking", "kidding", "bluffing"]

  /// Words that start a new clause.
  static let clauseBreaks = [
    "but", "however", "although", "though", "unless", "otherwise", "whereas", "except",
  ]

  /// Words after which a period does not end the sentence.
  static let abbreviations = [
    "mr", "mrs", "ms", "dr", "st", "no", "vs", "etc", "eg", "ie", "approx", "inc", "ltd", "co",
    "ref", "jr", "sr", "prof", "dept", "tel", "fig", "rs", "kr", "fr", "sfr",
  ]

  /// Words of a sign-off line.
  static let valedictions = [
    "kind", "regards", "best", "warm", "warmest", "thanks", "thank", "you", "many", "cheers",
    "sincerely", "faithfully", "yours", "truly", "wishes", "all", "the", "ta", "love", "thx",
    "respectfully", "cordially", "with", "speak", "soon", "very",
  ]

  /// Sign-off words that can open a signature.
  static let valedictionKeys = [
    "regards", "thanks", "cheers", "sincerely", "faithfully", "wishes", "best", "ta", "thx",
    "respectfully", "cordially", "love",
  ]

  /// Words usually written in capitals that are not shouting.
  static let acronyms = [
    "ok", "uk", "us", "usa", "eu", "vat", "ccj", "pdf", "inv", "po", "bacs", "chaps", "iban",
    "bic", "swift", "sepa", "ach", "gbp", "usd", "eur", "cad", "aud", "llc", "ltd", "plc", "inc",
    "llp", "hmrc", "irs", "paye", "cis", "nhs", "ceo", "cfo", "cto", "coo", "md", "hr", "ap",
    "ar", "it", "pr", "seo", "ui", "ux", "api", "url", "html", "css", "cv", "asap", "faq", "nda",
    "sow", "rfp", "qa", "id", "tv", "bbc", "gmt", "bst", "est", "pst", "utc", "am", "pm", "re",
    "fao", "attn", "ps", "nb", "eod", "cob", "eta", "fyi", "tbc", "tbd", "wip", "ip", "pc",
    "ios", "sms", "mcol", "adr", "gdpr", "kpi", "roi", "sme", "dm", "aka", "diy", "rsvp", "ref",
    "no", "tel", "mob", "fax", "www", "gb", "nyc", "la", "dc", "nz", "au", "ca", "ie", "i",
    "jpg", "png", "csv", "xls", "doc", "ltd", "co", "bv", "gmbh", "sa", "ag", "sarl", "abn",
    "ein", "ssn", "ni", "utr", "crn", "sic", "ecb", "boe", "cpi", "rpi", "apr", "ppi",
  ]

  /// Everyday words: in capitals they read as emphasis, not as a name.
  static let common = [
    "a", "about", "after", "again", "all", "always", "am", "an", "and", "any", "are", "as",
    "at", "back", "be", "been", "before", "being", "but", "by", "can", "cannot", "could", "day",
    "days", "did", "do", "does", "done", "each", "enough", "even", "ever", "every", "expect",
    "final", "for", "from", "get", "give", "going", "got", "had", "has", "have", "he", "her",
    "here", "him", "his", "how", "i", "if", "in", "into", "is", "it", "just", "last", "late",
    "less", "like", "make", "many", "me", "money", "month", "months", "more", "most", "must",
    "my", "need", "never", "no", "not", "now", "of", "off", "on", "once", "one", "only", "or",
    "our", "out", "over", "owe", "owed", "paid", "pay", "payment", "please", "really", "right",
    "said", "same", "see", "she", "should", "so", "some", "still", "stop", "such", "than",
    "that", "the", "their", "them", "then", "there", "they", "this", "those", "three", "time",
    "times", "to", "today", "tomorrow", "too", "two", "up", "us", "very", "wait", "waiting",
    "want", "was", "way", "we", "week", "weeks", "well", "were", "what", "when", "where",
    "which", "who", "why", "will", "with", "work", "would", "year", "yes", "yet", "you",
    "your", "immediately", "overdue", "invoice", "unpaid", "late", "urgent", "work", "did",
    "told", "asked", "nothing", "everything", "anything", "absolutely", "totally", "seriously",
    "ridiculous", "enough", "joke", "liar", "thief", "scam", "fraud", "again", "lies", "excuses",
    "sorry", "expect", "demand", "now", "finally", "answer", "reply", "respond", "read", "listen",
    "stop", "ignoring", "ignore", "owe", "debt", "cash", "due", "deadline", "tonight", "ever",
    "three", "four", "five", "six", "weeks", "hours", "hour",
  ]

  /// Words in a line of capitals that make it a demand rather than a heading.
  static let demands = [
    "i", "me", "my", "you", "your", "now", "immediately", "must", "need", "want", "expect",
    "pay", "paid", "owe", "demand", "stop", "why", "where", "still", "ever", "never", "again",
    "did", "do", "today", "tonight",
  ]

  /// Numbers in words, and "a"/"an"/"several" as rough counts.
  static let numberWords: [(String, Int)] = [
    ("a", 1), ("an", 1), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5),
    ("six", 6), ("seven", 7), ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11),
    ("twelve", 12), ("fourteen", 14), ("fifteen", 15), ("twenty", 20), ("thirty", 30),
    ("forty", 40), ("sixty", 60), ("ninety", 90), ("few", 3), ("couple", 2), ("several", 3),
  ]

  /// Month names and abbreviations.
  static let months = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
  ]

  /// Weekday names and abbreviations.
  static let weekdays = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
    "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  ]

  /// Words about paying, for deadlines and demands.
  static let payment = [
    "pay", "pays", "paid", "paying", "payment", "payments", "settle", "settled", "settling",
    "settlement", "transfer", "transferred", "money", "funds", "balance", "invoice", "invoices",
    "amount", "cleared", "remit", "remittance", "cash", "cheque", "owe", "owed", "owing", "debt",
    "sum", "bill", "account", "fee", "fees",
  ]

  /// Sign-offs that, alone on a line (perhaps with a name), end a message's own words.
  static let signOffs: Set<String> = [
    "thanks", "thank you", "many thanks", "thanks again", "thanks so much", "thanks very much",
    "thank you very much", "with thanks", "cheers", "ta", "thx", "regards", "kind regards",
    "kindest regards", "best regards", "warm regards", "warmest regards", "thanks and regards",
    "many thanks and regards", "regards and thanks", "best", "all best", "best wishes",
    "warm wishes", "with best wishes", "all the best", "sincerely", "yours sincerely",
    "yours faithfully", "yours truly", "yours", "respectfully", "cordially", "love",
    "mit freundlichen grüßen", "speak soon", "talk soon",
  ]

  /// Words by which the writer means themselves.
  static let firstPerson = ["i", "me", "my", "myself", "we", "us", "our"]

  /// Words that address the reader.
  static let secondPerson = ["you", "your", "yours", "yourself", "yourselves", "u", "ya"]

  /// Other spellings read as one word: contraction pieces and their full forms.
  static let aliases: [(String, String)] = [
    ("'re", "are"), ("'m", "am"), ("'ll", "will"), ("'ve", "have"), ("'d", "would"),
    ("'s", "is"), ("n't", "not"), ("wo", "will"), ("ca", "can"), ("sha", "shall"), ("ai", "is"),
    ("judgement", "judgment"), ("tmrw", "tomorrow"), ("tmw", "tomorrow"), ("tmr", "tomorrow"),
    ("tmrow", "tomorrow"), ("2moro", "tomorrow"), ("2morrow", "tomorrow"), ("tomoz", "tomorrow"),
    ("tomorow", "tomorrow"), ("tommorow", "tomorrow"), ("tommorrow", "tomorrow"),
    ("tonite", "tonight"), ("nite", "night"), ("2day", "today"), ("pls", "please"),
    ("plz", "please"),
    ("u", "you"), ("ya", "you"), ("ur", "your"), ("thx", "thanks"), ("thnx", "thanks"),
    ("wk", "week"), ("wks", "weeks"), ("mth", "month"), ("mnth", "month"), ("til", "until"),
    ("till", "until"), ("untill", "until"), ("cos", "because"), ("coz", "because"),
    ("cuz", "because"), ("recieved", "received"), ("recieve", "receive"), ("payed", "paid"),
    ("xmas", "christmas"), ("b4", "before"), ("abt", "about"), ("tho", "though"),
    ("thru", "through"), ("pmt", "payment"), ("pymt", "payment"),
    ("installment", "instalment"), ("installments", "instalments"),
    ("instalement", "instalment"), ("instalements", "instalments"),
    ("finacial", "financial"), ("financal", "financial"), ("finacially", "financially"),
    ("bussiness", "business"), ("buisness", "business"), ("busness", "business"),
    ("paymnet", "payment"), ("payement", "payment"), ("paymet", "payment"),
    ("invocie", "invoice"), ("invoce", "invoice"), ("acounts", "accounts"),
    ("accouts", "accounts"), ("strugling", "struggling"), ("struggeling", "struggling"),
    ("harrass", "harass"), ("harrassing", "harassing"), ("harrassment", "harassment"),
    ("definately", "definitely"), ("defintely", "definitely"), ("extention", "extension"),
    ("seperate", "separate"), ("febuary", "february"), ("wensday", "wednesday"),
    ("wednesay", "wednesday"), ("wendsday", "wednesday"), ("wednsday", "wednesday"),
    ("wedensday", "wednesday"), ("thurday", "thursday"), ("thrusday", "thursday"),
    ("firday", "friday"), ("fortnite", "fortnight"), ("skimt", "skint"),
    // Days clients write in their own language inside an English reply.
    ("ayer", "yesterday"), ("ontem", "yesterday"), ("ieri", "yesterday"),
    ("gestern", "yesterday"), ("hoy", "today"), ("hoje", "today"), ("oggi", "today"),
    ("heute", "today"), ("mañana", "tomorrow"), ("amanhã", "tomorrow"), ("domani", "tomorrow"),
    ("demain", "tomorrow"), ("besok", "tomorrow"), ("kanina", "earlier"), ("rn", "now"),
    ("transfered", "transferred"),
  ]

  /// Words written without their apostrophe, read as two words.
  static let expansions: [(String, String, String)] = [
    ("dont", "do", "not"), ("doesnt", "does", "not"), ("didnt", "did", "not"),
    ("cant", "can", "not"), ("cannot", "can", "not"), ("couldnt", "could", "not"),
    ("wouldnt", "would", "not"), ("shouldnt", "should", "not"), ("isnt", "is", "not"),
    ("arent", "are", "not"), ("wasnt", "was", "not"), ("werent", "were", "not"),
    ("havent", "have", "not"), ("hasnt", "has", "not"), ("hadnt", "had", "not"),
    ("wont", "will", "not"), ("youre", "you", "are"), ("youll", "you", "will"),
    ("youve", "you", "have"), ("im", "i", "am"), ("ive", "i", "have"),
    ("theyre", "they", "are"), ("lets", "let", "us"), ("cashflow", "cash", "flow"),
    ("whats", "what", "is"), ("thats", "that", "is"), ("theres", "there", "is"),
  ]

  /// Verbs after which `ill` is `I will` ("ill pay friday").
  static let verbsAfterIll = [
    "pay", "send", "transfer", "sort", "settle", "get", "do", "make", "have", "be", "look",
    "check", "chase", "call", "speak", "talk", "pass", "ask", "try", "clear", "wire", "let",
    "find", "deal", "come", "see", "forward", "confirm", "pop",
  ]

  /// Currency symbols and codes, each read as one token (`#cur` in patterns).
  static let currencies = [
    "£", "€", "$", "¥", "₹", "₦", "₱", "₺", "₫", "zł", "rs", "gbp", "eur", "usd", "cad", "aud",
    "nzd", "chf", "sek", "nok", "dkk", "jpy", "inr", "sgd", "hkd", "mxn", "brl", "zar", "ngn",
    "php", "pln", "cny", "vnd", "rmb", "₩", "₴", "₽", "₵", "৳", "฿", "₪", "pkr", "bdt", "idr",
    "krw", "kes", "ghs", "egp", "cop", "uah", "rub", "thb", "myr", "aed", "ils", "czk", "huf",
    "ars", "ksh", "rp", "clp", "uyu", "sar", "qar", "kwd", "bhd", "omr", "jod", "tnd",
    "npr", "lkr", "twd", "etb", "ugx", "tzs", "ron", "bgn", "rsd", "isk", "kzt", "xof", "xaf",
    "kč", "đ", "元", "円", "₸", "dh", "lei", "nis", "nrs", "rm", "ntd", "kr",
  ]

  /// ISO codes that are also English words: currencies only in capitals (`1500 TRY`).
  static let codesThatAreWords: Set<String> = ["try", "mad", "pen", "all", "top", "cup", "bob"]

  /// Words that, skipped by a pattern's gap, negate its match ("will *not* pay").
  static let gapNegators = [
    "not", "never", "no", "nobody", "nothing", "neither", "nor", "without", "hardly",
  ]

  /// Word classes for phrase patterns, written `@name`.
  static let classes: [String: [String]] = [
    "we": ["i", "we"],
    "count": [
      "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
      "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
      "ninety", "hundred", "couple", "few",
    ],
    "day": [
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "payday",
      "week", "fortnight", "month", "quarter", "weekend",
    ],
    "pay": [
      "pay", "paying", "settle", "settling", "transfer", "transferring", "wire", "wiring",
      "clear", "clearing", "sort", "sorting", "cover", "covering", "release", "releasing",
      "remit", "remitting", "process", "processing", "action", "actioning", "square",
      "squaring", "zelle", "venmo", "paypal", "bacs", "deposit", "depositing",
    ],
    "paid": [
      "paid", "settled", "transferred", "wired", "cleared", "released", "sorted", "remitted",
      "processed", "actioned", "squared", "deposited", "e-transferred", "executed",
    ],
    "money": [
      "money", "payment", "funds", "cash", "balance", "amount", "transfer", "cheque", "check",
      "£", "$", "€", "sum", "invoice", "bill", "remittance", "total", "outstanding", "fee",
      "fees", "ach",
    ],
    "soon": [
      "today", "tonight", "tomorrow", "now", "monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "asap", "shortly", "soon", "week",
      "weekend", "payday", "morning", "afternoon",
    ],
    "contact": [
      "contact", "contacting", "email", "emailing", "emails", "text", "texting", "texts",
      "message", "messaging", "messages", "call", "calling", "calls", "phone", "phoning",
      "ring", "ringing", "bother", "bothering", "chase", "chasing", "write", "writing",
      "harass", "harassing", "pester", "pestering", "spam", "spamming", "hassle", "hassling",
      "hound", "hounding", "badger", "badgering", "nag", "nagging", "bug", "bugging",
      "stalk", "stalking", "bombard", "bombarding", "pushing", "push", "demanding", "threaten",
      "threatening",
    ],
    "role": [
      "accounts", "finance", "payables", "payable", "ap", "bookkeeper", "bookkeeping",
      "accountant", "accountants", "office", "department", "dept", "reception", "boss",
      "manager", "director", "directors", "md", "ceo", "cfo", "fd", "coo", "owner", "owners",
      "partners", "colleague", "colleagues", "husband", "wife", "procurement", "purchasing",
      "treasury", "controller", "comptroller", "admin", "administrator", "pa", "assistant",
      "board", "payroll", "hq", "billing", "management", "founder", "founders", "team",
      "invoicing", "accounting", "finances",
    ],
    "work": [
      "work", "job", "files", "file", "goods", "deliverables", "designs", "design", "logo",
      "site", "website", "app", "photos", "pictures", "report", "order", "items", "parcel",
      "product", "copy", "translation", "code", "artwork", "drawings", "plans", "video",
      "footage", "content", "materials", "documents", "draft", "drafts", "proofs",
      "project", "phase", "half", "part", "rest", "stage", "milestone", "delivery", "shipment",
      "package", "book", "manuscript", "prints", "samples", "model", "images", "assets",
      "edit", "edits", "final", "finals", "mockups", "copies", "photographs",
      "software", "build", "article", "articles", "illustrations", "recording", "mix",
      "master", "masters", "layout", "brochure", "flyers", "banner", "banners",
    ],
    "intens": [
      "very", "so", "really", "absolutely", "completely", "totally", "utterly", "extremely",
      "incredibly", "truly", "beyond", "quite", "just", "frankly", "honestly", "bloody",
      "thoroughly", "simply", "fucking", "damn", "pretty", "seriously", "genuinely", "now",
    ],
    "be": ["be", "is", "are", "am", "was", "were", "been", "being", "'s"],
    "will": ["will", "shall", "would", "going", "gonna", "about"],
    "lawyer": [
      "lawyer", "lawyers", "solicitor", "solicitors", "attorney", "attorneys", "legal",
      "barrister", "counsel",
    ],
    "ordinal": [
      "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
      "umpteenth", "nth", "hundredth", "millionth", "2nd", "3rd", "4th", "5th", "6th", "7th",
      "8th", "9th", "10th", "dozenth",
    ],
    "many": [
      "several", "many", "multiple", "numerous", "countless", "endless", "repeated", "so",
      "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "a", "dozen",
      "dozens", "lots", "hundred", "umpteen", "3", "4", "5", "6", "7", "8", "9", "10",
    ],
    "chase": [
      "remind", "reminding", "reminded", "chase", "chasing", "chased", "ask", "asking", "asked",
      "nudge", "nudging", "nudged", "bother", "bothering", "contact", "contacting", "ping",
      "pinging", "request", "requesting", "requested", "hassle", "hassling", "beg", "begging",
      "tell", "telling", "told", "remind", "reminder", "reminders", "follow", "following",
    ],
    "wrote": [
      "email", "emailed", "emailing", "emails", "write", "writing", "wrote", "written",
      "message", "messaged", "messaging", "text", "texted", "texting", "call", "called",
      "calling", "phoned", "phoning", "ring", "rang", "ringing", "send", "sending", "sent",
      "mail", "mailed", "letter", "letters", "voicemail", "voicemails",
    ],
    "review": [
      "review", "reviews", "rating", "ratings", "feedback", "testimonial",
    ],
    "platform": [
      "linkedin", "twitter", "facebook", "instagram", "reddit", "tiktok", "x", "google",
      "trustpilot", "yelp", "glassdoor", "checkatrade", "mumsnet", "threads", "bluesky",
      "youtube", "online", "internet", "blog", "forum", "forums", "group", "groups", "network",
      "newsletter", "website", "social", "feed", "timeline", "nextdoor",
    ],
    "kids": [
      "kids", "children", "family", "son", "daughter", "baby", "wife", "husband", "partner",
    ],
    "place": ["office", "house", "home", "flat", "shop", "studio", "workplace", "business"],
    "relations": [
      "clients", "client", "customers", "customer", "employer", "boss", "investors", "investor",
      "suppliers", "landlord", "family", "wife", "husband", "partner", "partners", "bosses",
      "employees", "staff", "members", "shareholders", "followers", "funders", "backers",
      "neighbours", "neighbors", "friends", "colleagues", "board",
    ],
  ]
}
