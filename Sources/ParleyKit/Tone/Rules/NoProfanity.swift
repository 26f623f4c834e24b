/// Keep swearing out of the draft, spelled out or starred.
///
/// Swearing in writing reads as losing control, and it will be quoted back.
/// Only whole words count ("Scunthorpe", "class" and "assess" are fine), and
/// "Dick" with a capital is a name.
///
/// Lint: Strong swearing, and any starred word such as `f***`, is a stop;
/// mild swearing ("bloody", "damn", "what the hell") is a warning.
struct NoProfanity: CheckingRule {
  var category: ToneCategory { .profanity }
  var policy: String { "Keep swearing out of the draft, spelled out or starred." }

  private static let lowercaseOnly = 1

  var phrases: [TonePhrase] { Self.table }

  private static let strongNouns =
    "prick|pricks|twat|twats|wanker|wankers|tosser|tossers|bastard|bastards|arsehole|"
    + "arseholes|asshole|assholes|dickhead|dickheads|cunt|cunts|motherfucker|motherfuckers|"
    + "fucker|fuckers|shithead|shitheads|bellend|bellends|knobhead"

  private static let table: [TonePhrase] = [
    TonePhrase(
      "you @intens? useless|stupid|lazy|little|absolute|complete|total? \(strongNouns)", .stop,
      .strong, fix: .remove),
    TonePhrase("the hell|fuck|heck", .warn, .mild, fix: .remove),
    TonePhrase(
      "fucking|fuckin|effing|frigging|bloody|damn|damned|goddamn|goddamned|sodding|bleeding",
      .warn, .mild, fix: .remove),
    TonePhrase(strongNouns, .stop, .strong, fix: .removeSentence),
    TonePhrase(
      "fuck|fucks|fucked|fuckwit|motherfucking|shit|shits|shitty|shite|bullshit|horseshit|"
        + "bollocks|cunt|ass|arse|piss|pissing",
      .stop, .strong, fix: .removeSentence),
    TonePhrase("piss off", .stop, .strong, fix: .removeSentence),
    TonePhrase("pissed off?", .warn, .mild, fix: .replace("concerned")),
    TonePhrase("crap|crappy|bugger|dammit|bloody hell", .warn, .mild, fix: .removeSentence),
    TonePhrase("sod off|it", .warn, .mild, fix: .removeSentence),
    TonePhrase("to hell", .warn, .mild, fix: .removeSentence),
    TonePhrase("hell no", .warn, .mild, fix: .removeSentence),
    TonePhrase("wtf|ffs|omfg|stfu", .warn, .mild, fix: .remove),
    TonePhrase("for christ|god|pete 's sake", .warn, .mild, fix: .remove),
    TonePhrase("jesus christ", .warn, .mild, fix: .remove),
    TonePhrase("dick|dicks", .stop, .strong, fix: .removeSentence, tag: lowercaseOnly),
  ]

  func check(
    _ text: TokenizedText, matches: [PatternMatch], context: ToneContext,
    into findings: inout [RawFinding]
  ) {
    reportPhrases(text, matches: matches, into: &findings) { match in
      Self.table[match.phrase].tag != Self.lowercaseOnly
        || !text.tokens[match.first].flags.contains(.capitalized)
    }
    for token in text.tokens where token.flags.contains(.starred) && !token.isQuoted {
      findings.append(
        RawFinding(
          severity: .stop, offsets: token.start..<token.end, message: .starred,
          fix: .removeSentence))
    }
  }
}

extension ToneMessage {
  fileprivate static let strong = ToneMessage(
    why: "Swearing in writing reads as losing control; it will be quoted back and undermines "
      + "an otherwise fair claim.",
    alternative: "Say what is owed and what you'd like to happen next.",
    advice: DraftAdvice.firmReminder)
  fileprivate static let mild = ToneMessage(
    why: "Even mild swearing makes a reminder sound angry; plain words are firmer.",
    alternative: "Drop the word; the sentence is firmer without it.",
    advice: DraftAdvice.firmReminder)
  fileprivate static let starred = ToneMessage(
    why: "Starring a swear word still swears; the reader fills it in.",
    alternative: "Say what is owed and what you'd like to happen next.",
    advice: DraftAdvice.firmReminder)
}
