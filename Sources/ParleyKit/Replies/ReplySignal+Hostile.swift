extension ReplySignal {
  /// Hostility: insults, swearing, threats, "stop contacting me". Negation does
  /// not soften it ("no need to harass me" is still hostile).
  ///
  /// Families of phrasing:
  /// - insults: names ("clown", "chancer", "cowboy"), "you're a joke", "a joke of
  ///   a designer", "absolute shambles";
  /// - profanity, spelled out or starred ("f***", "ffs");
  /// - stop contacting me: "stop emailing", "pester", "nagging", "leave me alone",
  ///   "sick to death of hearing from you", "pack it in", "knock it off";
  /// - rhetorical questions: "how dare", "don't you dare", "who do you think you
  ///   are", "what part of … don't you understand", "can you not read", "are you
  ///   deaf"; a promise quoted inside one ("'I'll pay when I'm ready'") is
  ///   hostile, and hostility ranks above the promise it quotes;
  /// - on my terms: "when I feel like it", "when I'm good and ready";
  /// - dismissals: "go whistle", "dream on", "in your dreams", "good luck getting
  ///   anything out of me", "stick your invoice where the sun doesn't shine";
  /// - threats: court, lawyers, "report you", reviews ("leaving you a 1-star
  ///   review", "a scathing review"), naming and shaming online.
  static let hostileSignals: [ReplySignal] = [
    ReplySignal(
      "hostile.insult", .hostile, negation: .ignored,
      [
        "idiot|idiots|moron|morons|clown|clowns|fraud|frauds|fraudster|fraudsters|scammer|scammers|scam|conman|crook|crooks|thief|thieves|liar|liars|loser|losers|cowboy|cowboys|parasite|parasites|leech|leeches|vulture|vultures|pathetic|incompetent|imbecile|muppet|muppets|charlatan|charlatans|shyster|shysters|grifter|grifters|scum|scumbag|scumbags|lowlife|vermin|numpty|tosser|plonker|pillock|dickhead|jerk|jerks|extortion|extortionist|bully|bullies|bullying|shark|sharks|clueless|deluded|delusional|greedy|leeches|chancer|chancers|jobsworth|wally|prat|git|twit|halfwit|dimwit|nitwit|buffoon|cretin|shambles|shambolic|omnishambles|laughingstock",
        "laughing stock",
        "joke of a",
        "complete|absolute|total|utter ~1 joke|shambles|farce|disgrace|amateur|amateurs|clown|fraud|liar",
        "rip|ripping off",
        "rip-off|ripoff",
        "daylight robbery",
        "you are ~2 joke|useless|stupid|amateur|amateurs|disgrace|nightmare|clown|liar|pathetic|unbelievable|ridiculous|mad|insane|crazy|dreaming|kidding|deluded",
        "you people",
        "out of your mind|head|tiny",
        "lost your mind",
        "having a laugh",
        "taking the piss|mick|mickey",
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
        "fuck|f***|f**k|f*ck|fck|fk|s**t|sh*t|fucks|fucked|fucker|fuckers|fuckin|fucking|shit|bullshit|bollocks|bastard|bastards|arse|arsehole|asshole|wanker|twat|prick|bitch|cunt|wtf|stfu|gtfo|ffs|piss|pissed|damn|dammit|crap|effing|dick|knob",
        "screw you|off",
        "the hell",
        "🖕|🤬",
      ]),
    ReplySignal(
      "hostile.stop-contacting", .hostile, negation: .ignored,
      [
        "stop|quit ~1 @contact",
        "do|does not ~1 @contact ~2 me|us|again|ever|my|our",
        "harass|harassed|harassing|harassment|harasses",
        "go away",
        "bugger|sod|naff|buzz|shove off",
        "get a life",
        "jog on",
        "do one",
        "take a hike",
        "go to hell",
        "drop dead",
        "get off my back|case",
        "up yours",
        "kiss my",
        "ever ~1 stop",
        "never ~1 stop|stops",
        "give it a rest",
        "every ~2 minute|minutes|hour|hours|second|seconds",
        "keep|keeps|keeping ~1 pushing|hassling|bugging|nagging|harassing",
        "keep ~1 this|it up",
        "hounding|badgering|stalking|bombarding|nagging|bullying|intimidating|intimidation",
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
        "when i am ~1 good? ~1 and? ~1 ready",
        "what part of",
        "not you ~1 understand|read|listen",
        "do|can you not ~1 understand|read|listen|hear",
        "are you ~1 deaf|thick|dense|blind|stupid|illiterate|dim",
        "you dare",
        "dare you",
        "knock it off",
        "pack it in",
        "cut it out",
        "enough of ~2 your|you|this|these",
        "had enough now|already",
        "sick|tired ~3 of ~2 you|your|hearing|emails|messages|reminders|chasing|nagging",
        "sick and tired",
        "sick to death",
        "threaten|threatening|threatens ~1 me|us",
      ]),
    ReplySignal(
      "hostile.dismissal", .hostile, negation: .ignored,
      [
        "whistle|sing|dream ~2 for ~2 money|it|your|that",
        "go whistle",
        "dream on",
        "in your dreams",
        "good luck ~2 getting|chasing|trying|collecting|recovering|seeing",
        "good luck with that",
        "out of me|us",
        "tough luck",
        "stick|shove|ram ~2 your|it|that|this ~2 invoice|bill|reminders|money|up|where",
        "where the sun",
        "yeah right",
      ]),
    ReplySignal(
      "hostile.threat", .hostile, negation: .ignored,
      [
        "see you in court",
        "sue ~1 me|you",
        "report you",
        "police",
        "my lawyer|lawyers|solicitor|solicitors",
        "leave|leaving|left|write|writing|wrote|post|posting|posted ~2 you|a|an|my|your ~3 review|reviews|rating|ratings",
        "#num|one|zero|no star|stars ~1 review|reviews|rating",
        "bad|negative|terrible|scathing|awful|damning ~1 review|reviews|rating|feedback",
        "tell everyone",
        "nobody ~5 hire|hires|hiring|use|uses ~1 you",
        "no one ~5 hire|hires|hiring|use|uses ~1 you",
        "take|taking ~2 to court",
        "tell|telling|warn|warning ~3 everyone|everybody|every|all|others|people",
        "avoid you",
        "block|blocking|blocked ~2 you|your|number|email",
        "never ~1 see ~1 a|one ~1 penny|dime|cent|pound|dollar",
        "not|never ~4 a|one|single|red ~1 penny|dime|cent|bean",
        "you ~3 get|getting ~2 nothing|zilch",
        "sod|bugger|jack all",
        "post|posting|posted|share|sharing|expose|exposing|name|naming|warn|warning|review|reviews ~6 facebook|twitter|instagram|linkedin|tiktok|reddit|trustpilot|yelp|google|mumsnet|glassdoor|online|social",
        "name and shame",
        "expose|exposing ~2 you|your",
        "ruin|destroy ~2 you|your",
        "know where you live|work",
        "watch your ~1 back|step",
        "you will be sorry",
        "legal action|proceedings ~3 against",
        "trading standards",
        "counter-sue|countersue|counterclaim|countersuing",
        "you will regret",
        "you will pay for",
      ]),
    ReplySignal(
      "hostile.hint", .hostile, weight: 0.5, negation: .ignored,
      [
        "ridiculous|outrageous|disgusting|disgraceful|unbelievable|insulting|absurd|joke|garbage|rubbish|trash|useless|stupid|bloody|hell|seriously|court|whatever|😡|freaking|frigging|nerve|cheek|audacity|rude|aggressive|petty|pushy|patronising|patronizing|condescending|🙄|🤡",
        "if you think",
        "lol|lmao|haha|hahaha|rofl|pfft",
        "as if",
        "not a chance|hope",
        "never again",
        "hold your breath",
        "waste of time|money",
      ]),
  ]
}
