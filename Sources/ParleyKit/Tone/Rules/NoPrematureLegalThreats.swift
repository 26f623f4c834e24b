/// Raise court, solicitors, collectors or bailiffs only at the right stage,
/// and never as a threat.
///
/// The ladder puts mediation before court: a court expects the user to have
/// tried to settle, and a legal threat made early reads as a bluff. Hostile
/// phrasings ("take you to court", "see you in court", "you'll hear from my
/// solicitor", bailiffs) are always a warning. A plain mention is judged by
/// the case: fine once mediation has been offered or the letter before claim
/// has gone out, a warning before that, and only a note without a case. A
/// negated mention ("no need for court") is calm; a draft that itself
/// proposes mediation may say court is the last resort.
///
/// Lint: A hostile legal threat, a legal step phrased as a threat, or any
/// mention before mediation in a case, is a warning; a factual mention
/// without a case is a note.
struct NoPrematureLegalThreats: CheckingRule {
  var category: ToneCategory { .prematureLegal }
  var policy: String {
    "Raise court, solicitors or collectors only after mediation, and never as a threat."
  }

  private static let term = 0
  private static let hostile = 1
  /// Hostile, unless it is a name: "Hi Sue," is not a lawsuit.
  private static let hostileOrName = 2

  var phrases: [TonePhrase] { Self.table }

  static let cueWords = [
    "will", "shall", "going", "intend", "intends", "intending", "forced", "choice", "option",
    "alternative", "hesitate", "otherwise", "unless", "must",
  ]
  static let mediationWords = ["mediation", "mediator", "mediate", "mediated", "mediating"]

  var extraWords: [String] { Self.cueWords + Self.mediationWords }

  private static let cues = WordSet(words: cueWords)
  private static let mediation = WordSet(words: mediationWords)

  private static let table: [TonePhrase] = [
    TonePhrase("court|courts", .warn, .premature, fix: .none, negatable: true, tag: term),
    TonePhrase("county court", .warn, .premature, fix: .none, negatable: true, tag: term),
    TonePhrase(
      "small claims court|track|claim?", .warn, .premature, fix: .none, negatable: true,
      tag: term),
    TonePhrase("money claim online?", .warn, .premature, fix: .none, negatable: true, tag: term),
    TonePhrase("mcol", .warn, .premature, fix: .none, negatable: true, tag: term),
    TonePhrase("claim form", .warn, .premature, fix: .none, negatable: true, tag: term),
    TonePhrase(
      "issue|file|lodge|bring a|the? formal|court? claim", .warn, .premature, fix: .none,
      negatable: true, tag: term),
    TonePhrase(
      "legal action|proceedings|steps|route|means|recourse|avenue|avenues|remedies|advice|process",
      .warn, .premature, fix: .none, negatable: true, tag: term),
    TonePhrase("proceedings", .warn, .premature, fix: .none, negatable: true, tag: term),
    TonePhrase(
      "solicitor|solicitors|lawyer|lawyers|attorney|attorneys|barrister", .warn, .premature,
      fix: .none, negatable: true, tag: term),
    TonePhrase(
      "collection|collections agency|agencies|agent|agents|firm|company", .warn, .premature,
      fix: .none, negatable: true, tag: term),
    TonePhrase(
      "debt collector|collectors|collection|recovery", .warn, .premature, fix: .none,
      negatable: true, tag: term),
    TonePhrase(
      "recovery agent|agents|agency|firm", .warn, .premature, fix: .none, negatable: true,
      tag: term),
    TonePhrase("ccj|ccjs", .warn, .premature, fix: .none, negatable: true, tag: term),
    TonePhrase(
      "litigation|litigate|tribunal", .warn, .premature, fix: .none, negatable: true, tag: term),
    TonePhrase(
      "letter before action|claim", .warn, .premature, fix: .none, negatable: true, tag: term),
    TonePhrase(
      "take|takes|taking|took ~3 to court|courts", .warn, .hostileLegal,
      fix: .removeSentence, negatable: true, tag: hostile),
    TonePhrase(
      "drag|dragging you ~3 court|courts", .warn, .hostileLegal, fix: .removeSentence,
      negatable: true, tag: hostile),
    TonePhrase("see you in court", .warn, .hostileLegal, fix: .removeSentence, tag: hostile),
    TonePhrase(
      "sue|sues|suing|sued|lawsuit", .warn, .hostileLegal, fix: .none, negatable: true,
      tag: hostileOrName),
    TonePhrase(
      "get|getting|bring|bringing|involve|involving my ~2 @lawyer involved|in?", .warn,
      .hostileLegal, fix: .removeSentence, negatable: true, tag: hostile),
    TonePhrase(
      "hand|handing|pass|passing|give|giving ~4 to my ~1 @lawyer", .warn, .hostileLegal,
      fix: .removeSentence, negatable: true, tag: hostile),
    TonePhrase(
      "my ~1 @lawyer will|shall|are|is ~3 in touch|contact", .warn, .hostileLegal,
      fix: .removeSentence, tag: hostile),
    TonePhrase(
      "hear|hearing from my ~1 @lawyer", .warn, .hostileLegal, fix: .removeSentence,
      tag: hostile),
    TonePhrase("lawyer up", .warn, .hostileLegal, fix: .removeSentence, tag: hostile),
    TonePhrase(
      "bailiff|bailiffs|sheriff|sheriffs", .warn, .bailiffs, fix: .removeSentence,
      negatable: true, tag: hostile),
    TonePhrase(
      "enforcement officer|officers|agent|agents", .warn, .bailiffs, fix: .removeSentence,
      negatable: true, tag: hostile),
    TonePhrase(
      "collector|collectors on you", .warn, .bailiffs, fix: .removeSentence, tag: hostile),
    TonePhrase("get|getting a ccj", .warn, .hostileLegal, fix: .removeSentence, tag: hostile),
    TonePhrase("ccj against you", .warn, .hostileLegal, fix: .removeSentence, tag: hostile),
    TonePhrase(
      "wreck|ruin|destroy|trash your credit rating|score|record|file?", .warn, .hostileLegal,
      fix: .removeSentence, tag: hostile),
  ]

  func check(
    _ text: TokenizedText, matches: [PatternMatch], context: ToneContext,
    into findings: inout [RawFinding]
  ) {
    if context.hasCase, context.isPastMediation {
      report(text, matches, hostileOnly: true, into: &findings)
      return
    }
    report(text, matches, hostileOnly: false, context: context, into: &findings)
  }

  private func report(
    _ text: TokenizedText, _ matches: [PatternMatch], hostileOnly: Bool,
    context: ToneContext = .none, into findings: inout [RawFinding]
  ) {
    var proposesMediation: Bool?
    for match in PatternMatch.longestNonOverlapping(matches) {
      let phrase = Self.table[match.phrase]
      if phrase.negatable, text.isNegated(match) { continue }
      let offsets = text.offsets(match.first, match.last)
      if phrase.tag == Self.hostileOrName, text.isLikelyName(match.first) { continue }
      if phrase.tag == Self.hostile || phrase.tag == Self.hostileOrName {
        findings.append(
          RawFinding(
            severity: .warn, offsets: offsets, message: phrase.message, fix: phrase.fix))
        continue
      }
      if hostileOnly { continue }
      let mediation = proposesMediation ?? Self.proposesMediation(text)
      proposesMediation = mediation
      let threatening = Self.hasCue(text, near: match)
      if context.hasCase, !mediation {
        findings.append(
          RawFinding(
            severity: .warn, offsets: offsets, message: .premature, fix: .none,
            basis: .caseFacts))
      } else if !context.hasCase, threatening, !mediation {
        findings.append(
          RawFinding(severity: .warn, offsets: offsets, message: .phrasedAsThreat, fix: .none))
      } else {
        findings.append(
          RawFinding(severity: .note, offsets: offsets, message: .mention, fix: .none))
      }
    }
  }

  /// Whether the sentence frames the legal step as something the writer will do.
  private static func hasCue(_ text: TokenizedText, near match: PatternMatch) -> Bool {
    let sentence = text.sentences[Int(text.tokens[match.first].sentence)]
    for index in sentence.firstToken..<sentence.tokenEnd
    where cues.contains(text.tokens[index].id) && !text.tokens[index].isQuoted {
      return true
    }
    return false
  }

  /// Whether the draft itself proposes mediation (not quoted, not negated).
  private static func proposesMediation(_ text: TokenizedText) -> Bool {
    for index in text.tokens.indices where mediation.contains(text.tokens[index].id) {
      if text.tokens[index].isQuoted { continue }
      if text.isNegated(PatternMatch(phrase: -1, first: index, last: index)) { continue }
      return true
    }
    return false
  }
}

extension ToneMessage {
  fileprivate static let hostileLegal = ToneMessage(
    why: "A legal threat before mediation reads as a bluff or bullying; courts expect you to "
      + "have tried to settle first, and the threat can be held against you.",
    alternative: "If we can't agree, I'd like to propose mediation.",
    advice: DraftAdvice.mediation)
  fileprivate static let bailiffs = ToneMessage(
    why: "Bailiffs and enforcement come only after a court judgment; raising them now is a "
      + "bluff that the client may know is empty, and it reads as intimidation.",
    alternative: "If we can't agree, I'd like to propose mediation.",
    advice: DraftAdvice.mediation)
  fileprivate static let premature = ToneMessage(
    why: "This case hasn't reached mediation yet: mentioning court, solicitors or collectors "
      + "now skips a step, puts the client on the defensive, and a court may hold it against you.",
    alternative: nil,
    advice: "offer mediation first: use \(.draft(.mediationProposal))")
  fileprivate static let phrasedAsThreat = ToneMessage(
    why: "A legal step phrased as what you will do reads as a threat; it belongs in a formal "
      + "letter before claim, after mediation has been offered.",
    alternative: "If we can't agree, the next step I'd suggest is mediation.",
    advice: "offer mediation first: use \(.draft(.mediationProposal)); later, "
      + "\(.draft(.letterBeforeClaim))")
  fileprivate static let mention = ToneMessage(
    why: "Mentions court or a legal step. That is fine once mediation has been offered; "
      + "before then it can read as a threat.",
    alternative: nil,
    advice: "check the case's stage before sending")
}
