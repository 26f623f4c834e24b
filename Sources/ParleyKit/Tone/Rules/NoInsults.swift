/// Never call the client names or accuse them of lying, cheating or fraud.
///
/// An insult ends the conversation, and an accusation of fraud or theft can be
/// defamatory. Self-deprecation ("I feel like an idiot, I sent the wrong
/// invoice") is not an insult; "I'm not calling you a liar, but..." is.
///
/// Lint: Name-calling and accusations are a stop; insulting adjectives are a
/// warning.
struct NoInsults: CheckingRule {
  var category: ToneCategory { .insult }
  var policy: String { "Never call the client names or accuse them of dishonesty." }

  var phrases: [TonePhrase] { Self.table }

  private static let nouns =
    "idiot|idiots|moron|morons|imbecile|imbeciles|cretin|cretins|clown|clowns|fool|fools|"
    + "liar|liars|crook|crooks|thief|thieves|scammer|scammers|swindler|swindlers|fraudster|"
    + "fraudsters|conman|conmen|deadbeat|deadbeats|scum|scumbag|scumbags|lowlife|lowlifes|"
    + "parasite|parasites|leech|leeches|freeloader|freeloaders|loser|losers|"
    + "cheater|cheaters|criminal|criminals|muppet|muppets|numpty|dimwit|dimwits|halfwit|"
    + "halfwits|nitwit|nitwits|vulture|vultures|weasel|weasels|snake|snakes|charlatan|charlatans|"
    + "coward|cowards"
  private static let adjectives =
    "incompetent|useless|clueless|brainless|pathetic|stupid|dumb|idiotic|moronic|"
    + "unprofessional|amateurish|shambolic|dodgy|shady|dishonest|shameless|spineless|gutless|"
    + "cowardly|sleazy|slimy|lazy|crooked|deceitful|untrustworthy"

  private static let table: [TonePhrase] = [
    TonePhrase("you @intens? \(adjectives)? \(nouns)", .stop, .nameCalling, fix: .remove),
    TonePhrase("you bunch of", .stop, .nameCalling, fix: .removeSentence),
    TonePhrase("bunch of ~2 \(nouns)|amateurs|cowboys", .stop, .nameCalling, fix: .removeSentence),
    TonePhrase(nouns, .stop, .nameCalling, fix: .removeSentence, negatable: true),
    TonePhrase(
      "con|scam artist|artists|merchant|merchants", .stop, .nameCalling, fix: .removeSentence),
    TonePhrase(
      "rip off merchant|merchants|artist|artists", .stop, .nameCalling,
      fix: .removeSentence),
    TonePhrase("con man|men", .stop, .nameCalling, fix: .removeSentence),
    TonePhrase("you lied|lie", .stop, .accusation, fix: .removeSentence, negatable: true),
    TonePhrase("you are lying", .stop, .accusation, fix: .removeSentence, negatable: true),
    TonePhrase("lying to me", .stop, .accusation, fix: .removeSentence, negatable: true),
    TonePhrase(
      "stealing|stole|steal from me", .stop, .accusation, fix: .removeSentence,
      negatable: true),
    TonePhrase(
      "scam|fraud|fraudulent", .stop, .accusation, fix: .removeSentence,
      negatable: true),
    TonePhrase(adjectives, .warn, .adjective, fix: .removeSentence, negatable: true),
    TonePhrase(
      "cowboy|cowboys|amateur|amateurs", .warn, .adjective, fix: .removeSentence,
      negatable: true),
    TonePhrase("tinpot|shambles", .warn, .adjective, fix: .removeSentence),
    TonePhrase("stinks|stink", .warn, .adjective, fix: .removeSentence),
    TonePhrase("you people", .warn, .adjective, fix: .removeSentence),
    TonePhrase("you lot", .warn, .adjective, fix: .removeSentence),
    TonePhrase("walk all over", .warn, .adjective, fix: .removeSentence),
    TonePhrase("people like you", .warn, .adjective, fix: .removeSentence),
    TonePhrase("tin pot", .warn, .adjective, fix: .removeSentence),
    TonePhrase("two bit", .warn, .adjective, fix: .removeSentence),
  ]

  func check(
    _ text: TokenizedText, matches: [PatternMatch], context: ToneContext,
    into findings: inout [RawFinding]
  ) {
    reportPhrases(text, matches: matches, into: &findings) { !isAboutWriter(text, $0) }
  }

  /// Whether the insult is the writer's about themselves: a first-person
  /// word comes before it in its clause, and no second-person word does.
  private func isAboutWriter(_ text: TokenizedText, _ match: PatternMatch) -> Bool {
    let clause = text.tokens[match.first].clause
    var index = match.first - 1
    while index >= 0, index >= match.first - 6, text.tokens[index].clause == clause {
      let flags = text.wordFlags(index)
      if flags.contains(.secondPerson) { return false }
      if flags.contains(.firstPerson) { return true }
      index -= 1
    }
    return false
  }
}

extension ToneMessage {
  fileprivate static let nameCalling = ToneMessage(
    why: "Name-calling ends the conversation, and calling someone a liar, thief or fraud can be "
      + "defamatory; it will be read out against you.",
    alternative: "Describe what happened: the invoice, the date, what was promised.",
    advice: DraftAdvice.firmReminder)
  fileprivate static let accusation = ToneMessage(
    why: "Accusing the client of lying or fraud is an allegation you may have to prove, and it "
      + "can be defamatory; state the facts instead.",
    alternative: "You said payment had been sent on 3 November, but it hasn't arrived.",
    advice: DraftAdvice.firmReminder)
  fileprivate static let adjective = ToneMessage(
    why: "Judging the client's competence or character is an insult; it gives them a reason "
      + "to dig in.",
    alternative: "Say what you need: a payment date, or who to speak to.",
    advice: DraftAdvice.firmReminder)
}
