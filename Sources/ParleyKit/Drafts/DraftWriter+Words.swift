extension DraftWriter {
  /// The name to greet: the contact person, else an individual client by
  /// name; nil for a business with no named contact.
  var greetingName: String? {
    facts.contactPerson ?? (facts.debtorKind.isPerson ? facts.client : nil)
  }

  /// The email's greeting: `Dear Jane Smith,`; for a business with no named
  /// contact, `Dear accounts team,` (or `Dear Sir or Madam,` in a letter).
  func emailGreeting(formal: Bool) -> String {
    "Dear \(greetingName ?? (formal ? "Sir or Madam" : "accounts team")),"
  }

  /// The short message's greeting: `Hello Jane Smith,`, or `Hello,`.
  var shortGreeting: String { "Hello\(greetingName.map { " \($0)" } ?? "")," }

  /// Whether the draft goes to the client in person (an individual with no
  /// other contact), so it says "you" rather than the client's name.
  var writesToClientInPerson: Bool {
    facts.debtorKind.isPerson
      && (facts.contactPerson == nil || facts.contactPerson == facts.client)
  }

  /// ` to Acme Ltd`, or nothing when writing to the client in person.
  var toClient: String { writesToClientInPerson ? "" : " to \(facts.client)" }

  /// Who pays: `Acme Ltd`, or `you` when writing to the client in person.
  var payer: String { writesToClientInPerson ? "you" : facts.client }

  /// `instalment`, or `installment` for a US case.
  var installmentWord: String {
    facts.jurisdiction.lowercased().hasPrefix("us-") ? "installment" : "instalment"
  }

  /// `1 instalment`, `3 instalments`.
  func installments(_ count: Int) -> String {
    "\(count) \(installmentWord)\(count == 1 ? "" : "s")"
  }

  /// `1 day`, `45 days`.
  static func days(_ count: Int) -> String { "\(count) day\(count == 1 ? "" : "s")" }

  /// `A`, `A and B`, `A, B and C`.
  static func andList(_ items: [String]) -> String {
    guard let last = items.last else { return "" }
    guard items.count > 1 else { return last }
    return items.dropLast().joined(separator: ", ") + " and " + last
  }

  /// `text` with its first letter in capitals: `Invoice INV-042`.
  static func capitalisingFirst(_ text: String) -> String {
    text.prefix(1).uppercased() + text.dropFirst()
  }

  /// A phrase the user typed, tidied to go inside a sentence: whitespace
  /// collapsed, no closing full stop; nil when empty.
  static func phrase(_ text: String?) -> String? {
    guard var tidy = text.map(DraftFacts.tidy) else { return nil }
    while let last = tidy.last, ".!?;:,".contains(last) { tidy.removeLast() }
    tidy = tidy.trimmed
    return tidy.isEmpty ? nil : tidy
  }

  /// A sentence the user typed, tidied to stand alone: ends with a full stop.
  static func sentence(_ text: String?) -> String? {
    guard let tidy = text.map(DraftFacts.tidy), let last = tidy.last else { return nil }
    return ".!?".contains(last) ? tidy : tidy + "."
  }

  /// The sentence about the last contact: `I last wrote to you about this on …`,
  /// or thanks for the client's message; nil when there was none.
  var lastContactSentence: String? {
    guard let contact = facts.lastContact else { return nil }
    let when = contact.on == facts.today ? "today" : "on \(contact.on.inWords)"
    switch (contact.direction, contact.channel) {
    case (_, .meeting): return "We last met about this \(when)."
    case (.outbound, .phone): return "We spoke about this by phone \(when)."
    case (.outbound, _): return "I last wrote to you about this \(when)."
    case (.inbound, _): return thanksForTheirContact + "."
    }
  }

  /// `Thank you for your message of Monday 2 November 2026, and for
  /// `\(what)` when the last contact came from the client, else `Thank you
  /// for \(what)`.
  func thanks(for what: String) -> String {
    guard facts.lastContact?.direction == .inbound else { return "Thank you for \(what)." }
    return "\(thanksForTheirContact), and for \(what)."
  }

  /// `Thank you for your message of Monday 2 November 2026` for the last
  /// contact, which came from the client.
  private var thanksForTheirContact: String {
    guard let contact = facts.lastContact else { return "Thank you" }
    let what = contact.channel == .phone ? "call on" : "message of"
    if contact.on == facts.today { return "Thank you for your \(what.prefix { $0 != " " }) today" }
    return "Thank you for your \(what) \(contact.on.inWords)"
  }
}
