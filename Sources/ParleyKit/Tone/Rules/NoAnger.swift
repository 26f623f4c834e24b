/// Keep anger out of the draft: say what is owed, not how it makes you feel.
///
/// Anger invites anger back, and a client who feels attacked digs in. Plain
/// words for a plain situation ("disappointed", "unfortunately", "overdue")
/// are fine; "furious", "fed up" and "how dare you" are not. A negated
/// feeling ("I'm not angry, just keen to resolve this") is calm.
///
/// Lint: Words and phrases of anger or hostility are a warning.
struct NoAnger: CheckingRule {
  var category: ToneCategory { .anger }
  var policy: String { "Keep anger out of the draft: say what is owed, not how it feels." }

  var phrases: [TonePhrase] { Self.table }

  private static let fury =
    "furious|livid|fuming|seething|enraged|incensed|outraged|infuriated|angry|raging|irate"

  private static let table: [TonePhrase] = [
    TonePhrase(
      "i am @intens? \(fury)", .warn, .feeling, fix: .replace("I am concerned"), negatable: true),
    TonePhrase(fury, .warn, .feeling, fix: .replace("concerned"), negatable: true),
    TonePhrase("infuriating|maddening", .warn, .feeling, fix: .replace("frustrating")),
    TonePhrase(
      "fed up with|of?", .warn, .fedUp, fix: .replace("concerned about"), negatable: true),
    TonePhrase(
      "sick and tired with|of?", .warn, .fedUp, fix: .replace("concerned about"),
      negatable: true),
    TonePhrase("sick to death of?", .warn, .fedUp, fix: .replace("concerned about")),
    TonePhrase("sick of", .warn, .fedUp, fix: .replace("concerned about"), negatable: true),
    TonePhrase("had enough", .warn, .fedUp, fix: .removeSentence, negatable: true),
    TonePhrase("had it with|up", .warn, .fedUp, fix: .removeSentence),
    TonePhrase("enough is enough", .warn, .fedUp, fix: .removeSentence),
    TonePhrase("last|final straw", .warn, .fedUp, fix: .removeSentence),
    TonePhrase("i am so? done with", .warn, .fedUp, fix: .removeSentence),
    TonePhrase("how dare you", .warn, .hostile, fix: .removeSentence),
    TonePhrase("do not you dare", .warn, .hostile, fix: .removeSentence),
    TonePhrase("not believe you", .warn, .hostile, fix: .removeSentence),
    TonePhrase("are you kidding|joking|serious", .warn, .hostile, fix: .removeSentence),
    TonePhrase("you have got to be kidding|joking", .warn, .hostile, fix: .removeSentence),
    TonePhrase("what is|'s wrong with you", .warn, .hostile, fix: .removeSentence),
    TonePhrase("shut up", .warn, .hostile, fix: .removeSentence),
    TonePhrase("get lost", .warn, .hostile, fix: .removeSentence),
    TonePhrase(
      "ridiculous|absurd|outrageous|appalling|disgraceful|shameful|preposterous|ludicrous",
      .warn, .judgement, fix: .replace("disappointing"), negatable: true),
    TonePhrase(
      "disgusting|disgusted|appalled|horrified", .warn, .judgement,
      fix: .replace("disappointed"), negatable: true),
    TonePhrase("shocking|shocked", .warn, .judgement, fix: .removeSentence, negatable: true),
    TonePhrase("a disgrace", .warn, .judgement, fix: .removeSentence, negatable: true),
    TonePhrase("@be a|an? @intens? joke", .warn, .judgement, fix: .removeSentence),
    TonePhrase("beyond a joke", .warn, .judgement, fix: .removeSentence),
    TonePhrase(
      "completely|totally|utterly|absolutely|wholly|simply|entirely|frankly|just unacceptable",
      .warn, .judgement, fix: .replace("a concern")),
    TonePhrase("patience ~2 run|running|ran out", .warn, .patience, fix: .removeSentence),
    TonePhrase("patience ~2 wearing|worn|wears thin", .warn, .patience, fix: .removeSentence),
    TonePhrase("lost|losing my patience", .warn, .patience, fix: .removeSentence),
    TonePhrase("out of patience", .warn, .patience, fix: .removeSentence),
  ]
}

extension ToneMessage {
  fileprivate static let feeling = ToneMessage(
    why: "Anger invites anger back; a client who feels attacked digs in instead of paying.",
    alternative: "I'm concerned that the invoice is still unpaid.",
    advice: DraftAdvice.firmReminder)
  fileprivate static let fedUp = ToneMessage(
    why: "Saying you have had enough shows frustration rather than a next step, and hands the "
      + "client the moral high ground.",
    alternative: "I'd like to get this resolved. Could you confirm a payment date?",
    advice: DraftAdvice.firmReminder)
  fileprivate static let hostile = ToneMessage(
    why: "This is hostile; it makes a calm reply less likely and reads badly if the record is "
      + "shown later.",
    alternative: "Could you help me understand what is holding the payment up?",
    advice: DraftAdvice.firmReminder)
  fileprivate static let judgement = ToneMessage(
    why: "Calling the situation outrageous or a joke is a judgement, not a fact; it escalates "
      + "without moving the payment.",
    alternative: "The invoice is now well overdue, and I'd like to agree a date.",
    advice: DraftAdvice.firmReminder)
  fileprivate static let patience = ToneMessage(
    why: "Announcing lost patience is a veiled threat with nothing concrete behind it.",
    alternative: "I'd like to agree a payment date this week.",
    advice: DraftAdvice.finalReminder)
}
