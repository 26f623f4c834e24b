/// Leave guilt and emotional pressure out: the debt stands on its own.
///
/// "You're ruining my business", "my kids are going without" and "how do you
/// sleep at night" put the user's hardship at the centre; the client feels
/// manipulated and defends themselves instead of paying. Saying plainly that
/// late payment affects cash flow is fine.
///
/// Lint: A guilt trip or emotional appeal is a warning.
struct NoGuiltTripping: CheckingRule {
  var category: ToneCategory { .guiltTrip }
  var policy: String { "Leave guilt and emotional pressure out: the debt stands on its own." }

  var phrases: [TonePhrase] { Self.table }

  private static let table: [TonePhrase] = [
    TonePhrase(
      "ruin|ruining|ruined|destroy|destroying|destroyed|kill|killing|sink|sinking|bankrupt|"
        + "bankrupting ~1 my business|life|livelihood|career|family|company|credit",
      .warn, .blame, fix: .removeSentence),
    TonePhrase(
      "you are ruining|destroying|killing|bankrupting|sinking me", .warn, .blame,
      fix: .removeSentence),
    TonePhrase("because of you", .warn, .blame, fix: .removeSentence),
    TonePhrase("thanks to you", .warn, .blame, fix: .removeSentence),
    TonePhrase("i trusted you", .warn, .trust, fix: .removeSentence),
    TonePhrase("thought i could trust you", .warn, .trust, fix: .removeSentence),
    TonePhrase("thought we were friends", .warn, .trust, fix: .removeSentence),
    TonePhrase(
      "thought you were better|different|decent|honest", .warn, .trust,
      fix: .removeSentence),
    TonePhrase("expected better", .warn, .trust, fix: .removeSentence),
    TonePhrase("after everything|all ~4 for you", .warn, .trust, fix: .removeSentence),
    TonePhrase("how you repay|thank|treat me", .warn, .trust, fix: .removeSentence),
    TonePhrase("let me down", .warn, .trust, fix: .removeSentence),
    TonePhrase("sleep at night", .warn, .shame, fix: .removeSentence),
    TonePhrase("live with yourself", .warn, .shame, fix: .removeSentence),
    TonePhrase("be ashamed", .warn, .shame, fix: .removeSentence),
    TonePhrase("ashamed of yourself", .warn, .shame, fix: .removeSentence),
    TonePhrase("shame on you", .warn, .shame, fix: .removeSentence),
    TonePhrase("have you no shame", .warn, .shame, fix: .removeSentence),
    TonePhrase("hope you are happy|proud", .warn, .shame, fix: .removeSentence),
    TonePhrase("you do not care", .warn, .shame, fix: .removeSentence),
    TonePhrase("do you even care", .warn, .shame, fix: .removeSentence),
    TonePhrase(
      "my @kids ~3 without|hungry|starve|starving|suffer|suffering|struggling", .warn,
      .hardship, fix: .removeSentence),
    TonePhrase("food on the table", .warn, .hardship, fix: .removeSentence),
    TonePhrase("feed my @kids", .warn, .hardship, fix: .removeSentence),
    TonePhrase("not pay my rent|mortgage|bills|staff", .warn, .hardship, fix: .removeSentence),
    TonePhrase(
      "lose|losing my house|home|flat|business|everything", .warn, .hardship,
      fix: .removeSentence),
    TonePhrase(
      "single mum|mom|dad|parent|mother|father", .warn, .hardship,
      fix: .removeSentence),
    TonePhrase("i am begging", .warn, .hardship, fix: .removeSentence),
    TonePhrase("desperate", .warn, .hardship, fix: .removeSentence),
    TonePhrase("losing sleep", .warn, .hardship, fix: .removeSentence),
    TonePhrase("in tears", .warn, .hardship, fix: .removeSentence),
    TonePhrase("heartbroken", .warn, .hardship, fix: .removeSentence),
    TonePhrase("breaking my heart", .warn, .hardship, fix: .removeSentence),
    TonePhrase("put yourself in my shoes", .warn, .hardship, fix: .removeSentence),
    TonePhrase("how would you feel", .warn, .hardship, fix: .removeSentence),
    TonePhrase("any idea how hard|difficult|much", .warn, .hardship, fix: .removeSentence),
  ]
}

extension ToneMessage {
  fileprivate static let blame = ToneMessage(
    why: "Blaming the client for your situation is emotional pressure; they defend themselves "
      + "instead of paying.",
    alternative: "Late payment affects my cash flow, so I'd be grateful for a date.",
    advice: DraftAdvice.firmReminder)
  fileprivate static let trust = ToneMessage(
    why: "Appeals to trust and friendship make it personal; keep it about the invoice.",
    alternative: "I'd like to keep working well together, so let's agree a date.",
    advice: DraftAdvice.firmReminder)
  fileprivate static let shame = ToneMessage(
    why: "Shaming the client is a guilt trip; it invites a defensive, not a helpful, reply.",
    alternative: "Could you tell me what is holding the payment up?",
    advice: DraftAdvice.firmReminder)
  fileprivate static let hardship = ToneMessage(
    why: "Personal hardship is real, but as pressure it reads as manipulation; the debt is owed "
      + "either way.",
    alternative: "This payment matters to my cash flow, so I'd be grateful for a date.",
    advice: DraftAdvice.firmReminder)
}
