extension ReplyPattern {
  /// Named word lists a pattern can use as `@name`.
  ///
  /// Verb lists carry their inflections (`pay`, `paying`; `settle`, `settling`),
  /// so a rule says what it means once and reads every tense it needs.
  static let macros: [String: Set<String>] = [
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
      "squaring", "zelle", "venmo", "paypal", "bacs",
    ],
    "paid": [
      "paid", "settled", "transferred", "wired", "cleared", "released", "sorted", "remitted",
      "processed", "actioned", "squared",
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
  ]
}
