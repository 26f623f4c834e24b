/// What the tokenizer and rules need to know about a word at a glance.
struct WordFlags: OptionSet, Hashable, Sendable {
  let rawValue: UInt32

  /// Starts a new clause: "but", "however", "unless".
  static let clauseBreak = WordFlags(rawValue: 1 << 0)
  /// Negates what follows in its clause: "no", "not", "without", "avoid".
  static let negator = WordFlags(rawValue: 1 << 1)
  /// Undoes a negation before it: "hesitate" in "won't hesitate".
  static let negationCanceller = WordFlags(rawValue: 1 << 2)
  /// A period after it does not end a sentence: "Mr", "e", "etc".
  static let abbreviation = WordFlags(rawValue: 1 << 3)
  /// Part of a sign-off line: "kind", "regards", "thanks".
  static let valediction = WordFlags(rawValue: 1 << 4)
  /// A sign-off that opens a signature: "regards", "thanks", "cheers".
  static let valedictionKey = WordFlags(rawValue: 1 << 5)
  /// Written in capitals without shouting: "VAT", "UK", "PDF", "OK".
  static let acronym = WordFlags(rawValue: 1 << 6)
  /// An ordinary word, so writing it in capitals is emphasis.
  static let common = WordFlags(rawValue: 1 << 7)
  /// A number in words: "two", "a", "several".
  static let numberWord = WordFlags(rawValue: 1 << 8)
  /// A month name or abbreviation.
  static let month = WordFlags(rawValue: 1 << 9)
  /// A weekday name or abbreviation.
  static let weekday = WordFlags(rawValue: 1 << 10)
  /// About paying: "pay", "invoice", "balance".
  static let payment = WordFlags(rawValue: 1 << 11)
  /// Says the writer is speaking: "i", "me", "we".
  static let firstPerson = WordFlags(rawValue: 1 << 12)
  /// Addresses the reader: "you", "your".
  static let secondPerson = WordFlags(rawValue: 1 << 13)
  /// A word that makes an all-capitals line a demand rather than a heading.
  static let demand = WordFlags(rawValue: 1 << 14)
  /// A currency symbol or code: "£", "eur".
  static let currency = WordFlags(rawValue: 1 << 15)
  /// A verb after which "ill" is "I will": "pay", "send".
  static let verbAfterIll = WordFlags(rawValue: 1 << 16)
}
