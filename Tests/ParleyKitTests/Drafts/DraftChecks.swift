import Testing

@testable import ParleyKit

/// What every rendered draft must be, whatever its kind: facts present,
/// nothing unfilled, tidy spacing, a greeting, the right shape for its variant.
enum DraftChecks {
  /// Markers of unfilled or broken text that must never appear.
  static let unfilledMarkers = [
    "{", "}", "[", "]", "<", ">", "TODO", "nil", "Optional(", "your name", "XXX", "\\(",
  ]

  /// Checks `draft`, rendered from `facts`, against the rules for every draft.
  static func expectWellFormed(
    _ draft: Draft, facts: DraftFacts, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let body = draft.body
    let context = "\(draft.kind.id) \(draft.variant.rawValue):\n\(draft.fullText)"
    func check(_ condition: Bool, _ rule: String) {
      if !condition { Issue.record("\(rule)\n\(context)", sourceLocation: sourceLocation) }
    }

    // Written to in person, an individual is named by the greeting alone.
    let greeted = facts.debtorKind.isPerson && body.contains(DraftWriter.salutation(facts.client))
    check(body.contains(facts.client) || greeted, "names the client")
    for invoice in facts.unpaidInvoices {
      check(body.contains(invoice.number), "names invoice \(invoice.number)")
    }
    if ![.callConfirmation, .planConfirmation, .missedInstallment].contains(draft.kind) {
      check(body.contains(facts.balance.formatted), "states the balance")
    }
    if let replyBy = draft.replyBy {
      check(body.contains(facts.locale.words(replyBy)), "gives the deadline in words")
      check(
        replyBy.days(since: facts.today) >= DraftRenderer.minimumResponseDays,
        "gives at least \(DraftRenderer.minimumResponseDays) days")
    }
    for marker in unfilledMarkers {
      check(!draft.fullText.contains(marker), "has no unfilled marker \(marker)")
    }
    check(!draft.fullText.contains("  "), "has no double spaces")
    check(!draft.fullText.contains("\n\n\n"), "has no double blank lines")
    check(!draft.fullText.contains(".."), "has no double full stops")
    check(
      !draft.fullText.contains(" ,") && !draft.fullText.contains(" ."), "no space before , or .")
    check(
      !draft.fullText.split(separator: "\n", omittingEmptySubsequences: false).contains {
        $0.last?.isWhitespace == true
      }, "has no trailing spaces")
    check(!body.hasPrefix(" ") && !body.hasSuffix(" ") && !body.hasSuffix("\n"), "trimmed")
    if let person = facts.contactPerson {
      check(body.contains(DraftWriter.salutation(person)), "greets the contact")
    }

    switch draft.variant {
    case .email:
      let subject = draft.subject ?? ""
      check(!subject.isEmpty, "an email has a subject")
      check(!subject.contains("\n"), "the subject is one line")
      check(subject.count <= 120, "the subject is short")
      let greeting = body.split(separator: "\n").first { $0.hasPrefix("Dear ") }
      // An American business letter's salutation ends in a colon.
      check(
        greeting.map { $0.count > "Dear ,".count && ($0.hasSuffix(",") || $0.hasSuffix(":")) }
          ?? false, "greets")
      let signOffs = ["Kind regards,", "Yours sincerely,", "Yours faithfully,", "Sincerely,"]
      let signature = facts.senderName.map { "\n\($0)" } ?? ""
      check(
        signOffs.contains { body.contains("\n\n" + $0 + signature) },
        "signs off with regards, or a letter's sign-off")
      if facts.senderName == nil {
        check(
          signOffs.contains { body.hasSuffix($0) } || body.contains("Enclosures:"),
          "ends at the sign-off")
      }
    case .shortMessage:
      check(draft.subject == nil, "a short message has no subject")
      check(!body.contains("\n"), "a short message is one paragraph")
      check(body.count <= DraftVariant.shortMessageLimit, "at most 480 characters")
      check(body.hasPrefix("Hello"), "greets")
      check(!body.hasPrefix("Hello ,"), "no blank greeting")
    }
  }
}
