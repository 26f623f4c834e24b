/// Chase at a reasonable pace, and don't count the reminders in the reminder.
///
/// "Third time", "still waiting" and "yet again" tell the client you are
/// keeping score, which makes the next message easier to ignore. When the case
/// is known, the rule also checks the timing with the case's ``ContactPacing``
/// (the guard's and `next`'s): too soon after the last message or a
/// conversation, over the month's budget, before a promised payment date, or
/// while an installment plan is on track.
///
/// Lint: A pestering phrase or too-soon contact is a warning; "writing again"
/// is a note.
struct NoPestering: CheckingRule {
  var category: ToneCategory { .pestering }
  var policy: String {
    "Chase at a reasonable pace, and don't count the reminders in the reminder."
  }

  private static let focusOnLastWord = 1

  var phrases: [TonePhrase] { Self.table }

  private static let table: [TonePhrase] = [
    TonePhrase("for the @ordinal time", .warn, .counting, fix: .remove),
    TonePhrase("the @ordinal time", .warn, .counting, fix: .none),
    TonePhrase("@ordinal time of asking", .warn, .counting, fix: .remove),
    TonePhrase("yet again", .warn, .again, fix: .remove),
    TonePhrase("once again", .warn, .again, fix: .remove),
    TonePhrase("again and again", .warn, .again, fix: .remove),
    TonePhrase("over and over", .warn, .again, fix: .remove),
    TonePhrase("time and again", .warn, .again, fix: .remove),
    TonePhrase("@chase ~4 again", .warn, .again, fix: .remove, tag: focusOnLastWord),
    TonePhrase("@wrote ~3 again", .note, .writingAgain, fix: .none, tag: focusOnLastWord),
    TonePhrase("it is|'s only|just? me again", .warn, .again, fix: .removeSentence),
    TonePhrase(
      "i am still waiting|awaiting for|on", .warn, .stillWaiting,
      fix: .replace("I haven't yet received")),
    TonePhrase(
      "still waiting|awaiting for|on", .warn, .stillWaiting,
      fix: .replace("I haven't yet received")),
    TonePhrase("still waiting|awaiting", .warn, .stillWaiting, fix: .removeSentence),
    TonePhrase("still nothing", .warn, .stillWaiting, fix: .removeSentence),
    TonePhrase(
      "still no payment|reply|response|word|answer|news|sign|money", .warn, .stillWaiting,
      fix: .removeSentence),
    TonePhrase("still not|never heard", .warn, .stillWaiting, fix: .removeSentence),
    TonePhrase("still have|has not heard", .warn, .stillWaiting, fix: .removeSentence),
    TonePhrase(
      "how many more? times|reminders|emails|messages", .warn, .counting,
      fix: .removeSentence),
    TonePhrase("@wrote|@chase you? @many times", .warn, .counting, fix: .removeSentence),
    TonePhrase("@many times now", .warn, .counting, fix: .removeSentence),
    TonePhrase(
      "@many reminders|emails|messages|calls|texts|voicemails|letters", .warn, .counting,
      fix: .removeSentence),
    TonePhrase(
      "keep|kept|keeps ~2 chasing|asking|reminding|calling|emailing|texting|messaging|having",
      .warn, .counting, fix: .removeSentence),
    TonePhrase("every day|hour|morning|night until", .warn, .counting, fix: .removeSentence),
    TonePhrase("daily|hourly until", .warn, .counting, fix: .removeSentence),
    TonePhrase(
      "call|email|text|message|ring|chase|remind ~2 every|each day|hour|morning", .warn,
      .counting, fix: .removeSentence),
    TonePhrase(
      "constantly|repeatedly|continually|endlessly chasing|asking|reminding|emailing", .warn,
      .counting, fix: .removeSentence),
    TonePhrase("repeatedly", .warn, .counting, fix: .remove),
    TonePhrase("@chase ~2 the same invoice|payment|money|bill", .warn, .counting, fix: .none),
  ]

  func check(
    _ text: TokenizedText, matches: [PatternMatch], context: ToneContext,
    into findings: inout [RawFinding]
  ) {
    for match in PatternMatch.longestNonOverlapping(matches) {
      let phrase = Self.table[match.phrase]
      let first = phrase.tag == Self.focusOnLastWord ? match.last : match.first
      findings.append(
        RawFinding(
          severity: phrase.severity, offsets: text.offsets(first, match.last),
          message: phrase.message, fix: phrase.fix))
    }
    checkTiming(text, context: context, into: &findings)
  }

  /// Findings about when the draft would go out, from the case.
  private func checkTiming(
    _ text: TokenizedText, context: ToneContext, into findings: inout [RawFinding]
  ) {
    guard context.hasCase, !Self.confirmsAConversation(text.string) else { return }
    let span = Self.openingLine(text)
    func add(_ why: String, _ advice: Guidance) {
      findings.append(
        RawFinding(
          severity: .warn, offsets: span,
          message: ToneMessage(why: why, alternative: nil, advice: advice), fix: .none,
          basis: .caseFacts))
    }
    guard let pacing = context.pacing else { return }
    let today = pacing.today
    for hold in pacing.holds {
      let day = hold.until.map { " (\($0.iso))" } ?? ""
      switch hold {
      case .tooSoon(let last, let days):
        let wait = last.adding(days: days).days(since: today)
        add(
          "Your last message went out \(Self.daysAgo(today.days(since: last))); chasing again "
            + "within \(days) days reads as pestering.",
          "wait \(wait) more day\(wait == 1 ? "" : "s")\(day) before sending")
      case .afterConversation(let talk, let days):
        add(
          "You spoke \(Self.daysAgo(today.days(since: talk))); chasing within \(days) days of a "
            + "conversation undoes the goodwill.",
          "confirm what was agreed instead, and wait\(day.isEmpty ? "" : " until" + day)")
      case .overBudget(let count, let maximum, _):
        add(
          "This would be message \(count + 1) in 30 days; more than \(maximum) a month is "
            + "pestering.",
          "pause the reminders and propose mediation: use \(.draft(.mediationProposal))")
      case .promised(let by):
        add(
          "The client promised to pay by \(by.iso); chasing before then says you don't trust "
            + "the promise.",
          "wait until \(by.adding(days: 1).iso), the day after the promised date")
      case .planOnTrack:
        add(
          "The payment plan is on track and no installment is late; a reminder now undermines "
            + "the agreement.",
          "wait until an installment is missed: use \(.draft(.missedInstallment)) then")
      }
    }
  }

  /// Phrases that open a confirmation of what was agreed in a conversation.
  static let confirmationMarkers = [
    "to confirm what we agreed", "confirming what we agreed", "confirming our call",
    "confirming our conversation", "to confirm our call", "to confirm what was agreed",
  ]

  /// Whether `text` confirms what was agreed in a conversation: writing it
  /// down is the advice after a call, not a chase, so its timing is not held.
  static func confirmsAConversation(_ text: String) -> Bool {
    let lower = text.lowercased()
    return confirmationMarkers.contains { lower.contains($0) }
  }

  private static func daysAgo(_ days: Int) -> String {
    switch days {
    case ..<1: "today"
    case 1: "yesterday"
    default: "\(days) days ago"
    }
  }

  /// The first non-blank line's words, where a finding about the whole draft points.
  private static func openingLine(_ text: TokenizedText) -> Range<Int> {
    for line in text.lines where line.tokenEnd > line.firstToken && !line.isQuoted {
      return text.tokens[line.firstToken].start..<text.tokens[line.tokenEnd - 1].end
    }
    return 0..<0
  }
}

extension ToneMessage {
  fileprivate static let counting = ToneMessage(
    why: "Counting your reminders keeps score; it reads as pestering and makes the next "
      + "message easier to ignore.",
    alternative: "Say what is owed and what you'd like next, without counting reminders.",
    advice: DraftAdvice.firmReminder)
  fileprivate static let again = ToneMessage(
    why: "\"Again\" points at the client's silence; it reads as pestering.",
    alternative: "Drop \"again\"; the reminder stands on its own.",
    advice: DraftAdvice.firmReminder)
  fileprivate static let writingAgain = ToneMessage(
    why: "\"Writing again\" is fine, but the sentence is firmer without it.",
    alternative: "I'm writing about invoice ...",
    advice: nil)
  fileprivate static let stillWaiting = ToneMessage(
    why:
      "\"Still waiting\" sounds exasperated; a plain statement of what hasn't arrived is firmer.",
    alternative: "I haven't yet received payment for invoice ...",
    advice: DraftAdvice.firmReminder)
}
