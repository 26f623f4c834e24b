extension DraftWriter {
  /// The name to greet: the contact person, else an individual client, as
  /// people are greeted (`Ms Shah`, or the first name); nil for a business
  /// with no named contact.
  var greetingName: String? {
    (facts.contactPerson ?? (facts.debtorKind.isPerson ? facts.client : nil))
      .map(Self.salutation)
  }

  /// How to greet `name`: `Ms Shah` for `Ms Priya Shah`, `Dana` for `Dana Lopez`.
  static func salutation(_ name: String) -> String {
    let parts = name.split(separator: " ").map(String.init)
    guard let first = parts.first else { return name }
    let titles: Set<String> = ["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame"]
    let title =
      first.lowercased().hasSuffix(".") ? String(first.lowercased().dropLast()) : first.lowercased()
    if titles.contains(title), parts.count >= 2, let last = parts.last {
      return "\(first) \(last)"
    }
    return first
  }

  /// The email's greeting: `Dear Dana,`; for a business with no named
  /// contact, `Dear accounts team,` (or `Dear Sir or Madam,` in a letter).
  func emailGreeting(formal: Bool) -> String {
    // An American business letter's salutation ends in a colon.
    let mark = formal && facts.locale == .american ? ":" : ","
    return "Dear \(greetingName ?? (formal ? "Sir or Madam" : "accounts team"))\(mark)"
  }

  /// The sign-off: `Yours faithfully,` after `Dear Sir or Madam`, `Yours
  /// sincerely,` in a letter to a named person, else `Kind regards,`.
  func signOff(formal: Bool) -> String {
    guard formal else { return "Kind regards," }
    if facts.locale == .american { return "Sincerely," }
    return greetingName == nil ? "Yours faithfully," : "Yours sincerely,"
  }

  /// The short message's greeting: `Hello Dana,`, or `Hello,`.
  var shortGreeting: String { "Hello\(greetingName.map { " \($0)" } ?? "")," }

  /// `day` as the letter writes it: `Monday 14 December 2026` (British) or
  /// `Monday, December 14, 2026` (American).
  func words(_ day: Day) -> String { facts.locale.words(day) }

  /// `day` in brief: `14 Dec 2026` or `Dec 14, 2026`.
  func shortDate(_ day: Day) -> String { facts.locale.short(day) }

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

  /// `instalment`, or `installment` in an American letter.
  var installmentWord: String { facts.locale.installmentWord }

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
}
