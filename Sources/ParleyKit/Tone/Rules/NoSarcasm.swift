/// Say it straight: no sarcasm or passive aggression.
///
/// Stock phrases like "as per my last email", "I'm sure you're very busy" and
/// "some of us have bills to pay" are read as contempt. The client answers
/// the tone, not the invoice.
///
/// Lint: A sarcastic or passive-aggressive phrase is a warning.
struct NoSarcasm: CheckingRule {
  var category: ToneCategory { .sarcasm }
  var policy: String { "Say it straight: no sarcasm or passive aggression." }

  var phrases: [TonePhrase] { Self.table }

  private static let message =
    "email|emails|message|messages|letter|letters|note|text|texts|voicemail|call|reminder"

  private static let table: [TonePhrase] = [
    TonePhrase(
      "as per my|our last|previous|earlier|recent? \(message)", .warn, .perMyLastEmail,
      fix: .replace("following up on my last message")),
    TonePhrase(
      "per my|our last|previous|earlier|recent? \(message)", .warn, .perMyLastEmail,
      fix: .replace("following up on my last message")),
    TonePhrase(
      "as i have|had? already|previously|repeatedly said|mentioned|explained|stated|told|"
        + "pointed|made|asked", .warn, .asISaid, fix: .remove),
    TonePhrase(
      "as i said|mentioned|explained|stated before|already|repeatedly", .warn, .asISaid,
      fix: .remove),
    TonePhrase("as previously stated|explained", .warn, .asISaid, fix: .remove),
    TonePhrase("as stated previously|before", .warn, .asISaid, fix: .remove),
    TonePhrase(
      "as i have said|mentioned|explained @many times", .warn, .asISaid, fix: .remove),
    TonePhrase(
      "i am sure you are @intens? busy", .warn, .busy,
      fix: .replace("I understand things are busy")),
    TonePhrase("too busy to", .warn, .busy, fix: .none),
    TonePhrase(
      "some of us ~4 bills|rent|mortgage|mortgages|living|wages|staff|families|jobs to? pay|feed?",
      .warn, .someOfUs, fix: .replace("this payment matters to my business")),
    TonePhrase(
      "thanks|thank|cheers ~1 for nothing", .warn, .thanksForNothing,
      fix: .removeSentence),
    TonePhrase("which|what part of", .warn, .contempt, fix: .removeSentence),
    TonePhrase("must be nice", .warn, .contempt, fix: .removeSentence),
    TonePhrase("in the post|mail", .warn, .contempt, fix: .removeSentence, tag: 1),
    TonePhrase("in case you forgot|missed|forgotten", .warn, .contempt, fix: .remove),
    TonePhrase("just in case you forgot|missed|forgotten", .warn, .contempt, fix: .remove),
    TonePhrase("get|got round|around to it", .warn, .contempt, fix: .removeSentence),
    TonePhrase("rush|pressure|hurry or anything", .warn, .contempt, fix: .removeSentence),
    TonePhrase("for finally", .warn, .contempt, fix: .replace("for")),
    TonePhrase("thanks|thank you? for ignoring", .warn, .contempt, fix: .removeSentence),
    TonePhrase("finally got|get|decided|bothered", .warn, .contempt, fix: .removeSentence),
    TonePhrase(
      "i am sure you have a? @intens? good|valid|excellent reason|reasons|excuse", .warn,
      .contempt, fix: .removeSentence),
    TonePhrase(
      "funny|interesting|strange|odd|amazing how", .warn, .contempt,
      fix: .removeSentence),
    TonePhrase(
      "if it is|'s not? too much trouble|to ask", .warn, .contempt, fix: .remove),
    TonePhrase("if it is|'s not too much", .warn, .contempt, fix: .remove),
    TonePhrase("with all due respect", .warn, .contempt, fix: .remove),
    TonePhrase(
      "clearly|obviously|evidently you do|can|have|did|are|never|cannot", .warn, .contempt,
      fix: .removeSentence),
    TonePhrase("you even read|look|care", .warn, .contempt, fix: .removeSentence),
    TonePhrase("let me be @intens? clear", .warn, .contempt, fix: .remove),
    TonePhrase("let me spell it out", .warn, .contempt, fix: .remove),
    TonePhrase("to be perfectly clear", .warn, .contempt, fix: .remove),
    TonePhrase("say it again|once more", .warn, .contempt, fix: .remove),
    TonePhrase("how convenient", .warn, .contempt, fix: .removeSentence),
    TonePhrase("what a surprise", .warn, .contempt, fix: .removeSentence),
    TonePhrase("surprise surprise", .warn, .contempt, fix: .removeSentence),
    TonePhrase("shock horror", .warn, .contempt, fix: .removeSentence),
    TonePhrase("one would think", .warn, .contempt, fix: .removeSentence),
    TonePhrase("you would think", .warn, .contempt, fix: .removeSentence),
    TonePhrase("like a grown up|adult", .warn, .contempt, fix: .removeSentence),
  ]

  private static let cheque = WordSet(words: ["cheque", "check", "payment", "money"])

  var extraWords: [String] { ["cheque", "check", "payment", "money"] }

  func check(
    _ text: TokenizedText, matches: [PatternMatch], context: ToneContext,
    into findings: inout [RawFinding]
  ) {
    reportPhrases(text, matches: matches, into: &findings) { match in
      Self.table[match.phrase].tag != 1 || isMockingThePost(text, match)
    }
  }

  /// "The cheque is in the post" said by the writer is mockery; "I've put it
  /// in the post" is not.
  private func isMockingThePost(_ text: TokenizedText, _ match: PatternMatch) -> Bool {
    let sentence = text.sentences[Int(text.tokens[match.first].sentence)]
    for index in sentence.firstToken..<match.first where Self.cheque.contains(text.tokens[index].id)
    {
      return true
    }
    return false
  }
}

extension ToneMessage {
  fileprivate static let perMyLastEmail = ToneMessage(
    why: "\"As per my last email\" is the best-known passive-aggressive phrase; it reads as "
      + "\"you didn't read it\".",
    alternative: "Following up on my email of 10 November, ...",
    advice: DraftAdvice.friendlyReminder)
  fileprivate static let asISaid = ToneMessage(
    why: "Pointing out that you have already said it scolds the reader; just say it again.",
    alternative: "The invoice was due on 1 October.",
    advice: DraftAdvice.friendlyReminder)
  fileprivate static let busy = ToneMessage(
    why: "\"I'm sure you're very busy\" is heard as sarcasm, not sympathy.",
    alternative: "I understand things are busy.",
    advice: DraftAdvice.friendlyReminder)
  fileprivate static let someOfUs = ToneMessage(
    why: "\"Some of us have bills to pay\" is a jibe; say plainly why the payment matters.",
    alternative: "This payment matters to my cash flow.",
    advice: DraftAdvice.firmReminder)
  fileprivate static let thanksForNothing = ToneMessage(
    why: "Sarcastic thanks close the door on a reply.",
    alternative: "Thanks for getting back to me.",
    advice: DraftAdvice.firmReminder)
  fileprivate static let contempt = ToneMessage(
    why: "Sarcasm reads as contempt; the client answers the tone, not the invoice.",
    alternative: "Say it plainly: what is owed, and what you'd like next.",
    advice: DraftAdvice.firmReminder)
}
