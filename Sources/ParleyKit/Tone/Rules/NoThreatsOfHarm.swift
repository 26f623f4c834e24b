/// Never threaten the client, with harm or with unnamed "consequences".
///
/// A threat puts the user in the wrong: it can be harassment, it gives the
/// client a complaint to make, and it spoils a calm record that would
/// otherwise stand up in mediation or court. "I'm not threatening you, but..."
/// is still a threat.
///
/// Lint: A threat of harm, intimidation or a visit is a stop; a vague threat
/// of "consequences", a "last warning" or a disclaimer is a warning.
struct NoThreatsOfHarm: CheckingRule {
  var category: ToneCategory { .threat }
  var policy: String { "Never threaten the client, with harm or with unnamed consequences." }

  var phrases: [TonePhrase] { Self.table }

  private static let table: [TonePhrase] = [
    TonePhrase("or you will regret it|this|that?", .stop, .harm, fix: .remove),
    TonePhrase("you will regret it|this|that?", .stop, .harm, fix: .removeSentence),
    TonePhrase("you are going to regret it|this|that?", .stop, .harm, fix: .removeSentence),
    TonePhrase("you would regret it|this|that?", .stop, .harm, fix: .removeSentence),
    TonePhrase("or you will be sorry", .stop, .harm, fix: .remove),
    TonePhrase("you will be sorry", .stop, .harm, fix: .removeSentence),
    TonePhrase("know where you live|work", .stop, .intimidation, fix: .removeSentence),
    TonePhrase("know where your @place is", .stop, .intimidation, fix: .removeSentence),
    TonePhrase("watch your back|step", .stop, .intimidation, fix: .removeSentence),
    TonePhrase("watch yourself", .stop, .intimidation, fix: .removeSentence),
    TonePhrase("come down|round|over there", .stop, .intimidation, fix: .removeSentence),
    TonePhrase("round to your @place", .stop, .intimidation, fix: .removeSentence),
    TonePhrase("pay you a visit", .stop, .intimidation, fix: .removeSentence),
    TonePhrase("turn|show up at your", .stop, .intimidation, fix: .removeSentence),
    TonePhrase("at your door|doorstep", .stop, .intimidation, fix: .removeSentence),
    TonePhrase(
      "make your life ~2 hell|difficult|miserable|misery|unpleasant|hard", .stop, .harm,
      fix: .removeSentence),
    TonePhrase(
      "make things ~2 difficult|unpleasant|hard|ugly|nasty|awkward|messy", .stop, .harm,
      fix: .removeSentence),
    TonePhrase("get|gets|getting ugly|nasty|messy", .stop, .harm, fix: .removeSentence),
    TonePhrase(
      "hurt|destroy|ruin|finish|crush|bury you", .stop, .harm, fix: .removeSentence),
    TonePhrase(
      "hurt|destroy|ruin|finish|crush|bury your business|company|life|career", .stop, .harm,
      fix: .removeSentence),
    TonePhrase("make sure you never", .stop, .harm, fix: .removeSentence),
    TonePhrase("never work ~3 again", .stop, .harm, fix: .removeSentence),
    TonePhrase("hate for ~3 happen", .stop, .intimidation, fix: .removeSentence),
    TonePhrase("you will pay for this|that", .stop, .harm, fix: .removeSentence),
    TonePhrase("by any means necessary", .warn, .menace, fix: .remove),
    TonePhrase("whatever it takes", .warn, .menace, fix: .remove),
    TonePhrase("one way or another|the other", .warn, .menace, fix: .remove),
    TonePhrase("mark my words", .warn, .menace, fix: .remove),
    TonePhrase("if i were you", .warn, .menace, fix: .remove),
    TonePhrase("or else", .warn, .menace, fix: .remove),
    TonePhrase("would hate to have to", .warn, .menace, fix: .removeSentence),
    TonePhrase("you would better", .warn, .menace, fix: .replace("please")),
    TonePhrase("do not make me", .warn, .menace, fix: .removeSentence),
    TonePhrase("be a shame|pity if", .warn, .menace, fix: .removeSentence),
    TonePhrase("be consequences", .warn, .consequences, fix: .removeSentence, negatable: true),
    TonePhrase(
      "face|suffer|accept|bear ~2 consequences", .warn, .consequences, fix: .removeSentence,
      negatable: true),
    TonePhrase(
      "serious|severe|real|dire|legal consequences", .warn, .consequences,
      fix: .removeSentence, negatable: true),
    TonePhrase("consequences for you", .warn, .consequences, fix: .removeSentence),
    TonePhrase("consequences will follow", .warn, .consequences, fix: .removeSentence),
    TonePhrase("have|has been warned", .warn, .warning, fix: .removeSentence),
    TonePhrase("consider yourself warned", .warn, .warning, fix: .removeSentence),
    TonePhrase("not say i did not warn you", .warn, .warning, fix: .removeSentence),
    TonePhrase("last|final warning", .warn, .warning, fix: .removeSentence),
    TonePhrase("i am not threatening you", .warn, .disclaimer, fix: .remove),
    TonePhrase("not threatening you", .warn, .disclaimer, fix: .remove),
    TonePhrase("not trying to threaten you?", .warn, .disclaimer, fix: .remove),
    TonePhrase("this is not a threat", .warn, .disclaimer, fix: .remove),
    TonePhrase("not a threat", .warn, .disclaimer, fix: .remove),
    TonePhrase("not meant as a threat", .warn, .disclaimer, fix: .remove),
    TonePhrase("no threat intended", .warn, .disclaimer, fix: .remove),
    TonePhrase("take ~2 as a threat", .warn, .disclaimer, fix: .removeSentence),
    TonePhrase("it is|'s a promise", .warn, .disclaimer, fix: .remove),
    TonePhrase("that is|'s a promise", .warn, .disclaimer, fix: .remove),
    TonePhrase("the gloves are|come off", .warn, .menace, fix: .removeSentence),
    TonePhrase("no more mr|mister nice guy", .warn, .menace, fix: .removeSentence),
    TonePhrase(
      "not be so|as nice|polite|patient|understanding|friendly", .warn, .menace,
      fix: .remove),
  ]
}

extension ToneMessage {
  fileprivate static let harm = ToneMessage(
    why: "A threat makes you the one in the wrong: it can be harassment, hands the client a "
      + "complaint, and spoils a record that would otherwise stand up later.",
    alternative: "If we can't agree a way forward, I'd like to propose mediation.",
    advice: DraftAdvice.mediation)
  fileprivate static let intimidation = ToneMessage(
    why: "Saying you know where they are, or that you might turn up, is intimidation; it can "
      + "be reported to the police and ends any chance of an agreement.",
    alternative: "I'd like to resolve this by agreement. Could we arrange a call?",
    advice: DraftAdvice.mediation)
  fileprivate static let menace = ToneMessage(
    why: "A veiled threat reads as menace and invites a hostile reply, not a payment.",
    alternative: "Please let me know when I can expect payment.",
    advice: DraftAdvice.firmReminder)
  fileprivate static let consequences = ToneMessage(
    why: "Unnamed \"consequences\" sound like a threat and promise nothing concrete; say what "
      + "the next step is instead.",
    alternative: "If we can't agree, the next step I'd suggest is mediation.",
    advice: DraftAdvice.finalReminder)
  fileprivate static let warning = ToneMessage(
    why: "\"Last warning\" is an ultimatum with a threat behind it; it invites a standoff.",
    alternative: "This is my final reminder before I propose mediation.",
    advice: DraftAdvice.finalReminder)
  fileprivate static let disclaimer = ToneMessage(
    why: "Saying it isn't a threat tells the reader it is one.",
    alternative: "Say the next step plainly, without the disclaimer.",
    advice: DraftAdvice.finalReminder)
}
