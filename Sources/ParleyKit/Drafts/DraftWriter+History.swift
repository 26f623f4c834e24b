extension DraftWriter {
  /// A message from the client this many days ago or less is thanked for.
  static let recentMessageDays = 14

  /// The sentence about the last contact: `I last wrote to you about this
  /// on …`, or thanks for the client's recent message; nil when there was
  /// none, or when the user already wrote today.
  var lastContactSentence: String? {
    guard let contact = facts.lastContact else { return nil }
    if contact.direction == .outbound && contact.on == facts.today { return nil }
    let when = contact.on == facts.today ? "today" : "on \(words(contact.on))"
    switch (contact.direction, contact.channel) {
    case (_, .meeting): return "We last met about this \(when)."
    case (.outbound, .phone): return "We spoke about this by phone \(when)."
    case (.outbound, _): return "I last wrote to you about this \(when)."
    case (.inbound, .phone) where !isRecent(contact): return "We last spoke about this \(when)."
    case (.inbound, _) where !isRecent(contact): return "I last heard from you about this \(when)."
    case (.inbound, _): return thanksForTheirContact + "."
    }
  }

  /// `Thank you for your message of Monday 2 November 2026, and for
  /// \(what)` when the client's message is recent, else `Thank you for \(what)`.
  func thanks(for what: String) -> String {
    guard let contact = facts.lastContact, contact.direction == .inbound, isRecent(contact)
    else { return "Thank you for \(what)." }
    return "\(thanksForTheirContact), and for \(what)."
  }

  /// The promise the client broke, quoted: what they said they would pay and by when.
  var brokenPromiseSentence: String? {
    guard let promise = facts.brokenPromise else { return nil }
    let amount = promise.amount.map { " \($0.formatted)" } ?? ""
    let who = writesToClientInPerson ? "you would" : "\(facts.client) would"
    let opening =
      "On \(words(promise.on)) you told me that \(who) pay\(amount) by \(words(promise.by)), "
    let paidUnits = facts.payments.filter { $0.on >= promise.on && $0.on <= promise.by }
      .map(\.amount.minorUnits).saturatingSum
    guard paidUnits > 0, let promised = promise.amount else {
      return opening + "but I have not received that payment."
    }
    let paid = Money(minorUnits: paidUnits, currency: promised.currency)
    let short = Money(minorUnits: promised.minorUnits - paidUnits, currency: promised.currency)
    return opening + "but I have received \(paid.formatted) of it, so \(short.formatted) of that "
      + "payment is still outstanding."
  }

  /// Thanks for what the client has paid so far; nil when nothing was.
  var partPaymentThanks: String? {
    let units = facts.payments.map(\.amount.minorUnits).saturatingSum
    guard units > 0 else { return nil }
    return "Thank you for the \(Money(minorUnits: units, currency: facts.currency).formatted) "
      + "received so far."
  }

  /// Whether `contact` is recent enough to thank the client for.
  private func isRecent(_ contact: CaseEvent.ContactLogged) -> Bool {
    facts.today.days(since: contact.on) <= Self.recentMessageDays
  }

  /// `Thank you for your message of Monday 2 November 2026` for the last
  /// contact, which came from the client.
  private var thanksForTheirContact: String {
    guard let contact = facts.lastContact else { return "Thank you" }
    let what = contact.channel == .phone ? "call on" : "message of"
    if contact.on == facts.today { return "Thank you for your \(what.prefix { $0 != " " }) today" }
    return "Thank you for your \(what) \(words(contact.on))"
  }
}
