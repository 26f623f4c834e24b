extension ReplyPattern {
  /// Named word lists a pattern can use as `@name`.
  static let macros: [String: Set<String>] = [
    "we": ["i", "we"],
    "pay": [
      "pay", "paying", "settle", "settling", "transfer", "transferring", "wire", "wiring",
      "clear", "clearing", "sort", "sorting", "cover", "covering", "release", "releasing",
    ],
    "paid": ["paid", "settled", "transferred", "wired", "cleared", "released", "sorted"],
    "money": [
      "money", "payment", "funds", "cash", "balance", "amount", "transfer", "cheque", "check",
      "£", "$", "€", "sum", "invoice", "bill",
    ],
    "soon": [
      "today", "tonight", "tomorrow", "now", "monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday",
    ],
    "contact": [
      "contact", "contacting", "email", "emailing", "text", "texting", "message",
      "messaging", "call", "calling", "phone", "phoning", "bother", "bothering", "chase",
      "chasing", "write", "writing", "harass", "harassing", "pester", "pestering", "spam",
      "spamming", "hassle", "hassling",
    ],
    "work": [
      "work", "job", "files", "file", "goods", "deliverables", "designs", "design", "logo",
      "site", "website", "app", "photos", "pictures", "report", "order", "items", "parcel",
      "product", "copy", "translation", "code", "artwork", "drawings", "plans", "video",
      "footage", "content", "materials", "documents", "draft", "drafts", "proofs",
      "project", "phase", "half", "part", "rest", "stage", "milestone", "delivery", "shipment",
      "package", "book", "manuscript", "prints", "samples", "model", "images", "assets",
    ],
  ]
}
