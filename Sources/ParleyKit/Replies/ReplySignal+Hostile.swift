extension ReplySignal {
  /// Hostility: insults, swearing, threats, "stop contacting me". Negation does
  /// not soften it ("no need to harass me" is still hostile).
  static let hostileSignals: [ReplySignal] = [
    ReplySignal(
      "hostile.insult", .hostile, negation: .ignored,
      [
        "idiot|idiots|moron|morons|clown|fraud|fraudster|scammer|scam|conman|crook|thief|liar|loser|cowboy|cowboys|parasite|leech|vulture|pathetic|incompetent|imbecile|muppet",
        "con ~1 artist|man|merchant",
        "you are ~2 joke|useless|stupid|amateur|disgrace|nightmare|clown|liar",
        "you ~2 stupid",
        "worst ~3 ever",
        "waste of space",
        "should be ashamed",
        "shame on you",
      ]),
    ReplySignal(
      "hostile.profanity", .hostile, negation: .ignored,
      [
        "fuck*|fucking|shit|bullshit|bollocks|bastard|arse|arsehole|asshole|wanker|twat|prick|bitch|cunt|wtf|stfu|ffs|piss|pissed|damn|dammit|crap",
        "the hell",
        "🖕|🤬",
      ]),
    ReplySignal(
      "hostile.stop-contacting", .hostile, negation: .ignored,
      [
        "stop|quit ~1 @contact",
        "do|does not ~1 @contact ~2 me|us|again|ever|my|our",
        "harass*",
        "go away",
        "get lost|stuffed",
        "leave me|us alone",
        "shut up",
        "back off",
        "sick|tired of ~2 you|your|emails|messages|this",
        "fed up",
        "how dare you",
        "who ~4 think you are",
        "when i say so",
        "when i feel like it",
      ]),
    ReplySignal(
      "hostile.threat", .hostile, negation: .ignored,
      [
        "see you in court",
        "sue ~1 me|you",
        "report you",
        "police",
        "my lawyer|lawyers|solicitor|solicitors",
        "leave|write|post ~3 review|reviews",
        "tell everyone",
        "nobody ~5 hire|hires|hiring|use|uses ~1 you",
        "no one ~5 hire|hires|hiring|use|uses ~1 you",
        "take|taking ~2 to court",
        "tell|telling|warn|warning ~3 everyone|everybody|every|all|others|people",
        "avoid you",
        "block|blocking|blocked ~2 you|your|number|email",
        "never ~1 see ~1 a|one ~1 penny|dime|cent|pound|dollar",
        "you will regret",
        "you will pay for",
      ]),
    ReplySignal(
      "hostile.hint", .hostile, weight: 0.5, negation: .ignored,
      [
        "ridiculous|outrageous|disgusting|disgraceful|unbelievable|insulting|absurd|joke|garbage|rubbish|trash|useless|stupid|bloody|hell|seriously|court|whatever|😡|!!!",
        "hold your breath",
        "waste of time|money",
      ]),
  ]
}
