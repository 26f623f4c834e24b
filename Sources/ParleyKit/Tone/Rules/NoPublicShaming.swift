/// Keep the dispute private: no reviews, social media, or telling the client's
/// clients, employer or the world.
///
/// Threatening to shame a client in public is pressure that can be harassment
/// or defamation, and it can hand the client a claim against the user. Even
/// "I won't post about this" carries the threat, so negation does not excuse it.
///
/// Lint: Any threat or mention of public shaming is a stop.
struct NoPublicShaming: CheckingRule {
  var category: ToneCategory { .publicShaming }
  var policy: String {
    "Keep the dispute private: no reviews, social media, or telling their clients or employer."
  }

  var phrases: [TonePhrase] { Self.table }

  private static let social =
    "linkedin|twitter|facebook|instagram|reddit|tiktok|youtube|threads|bluesky|nextdoor|"
    + "mumsnet|blog|forum|forums|social|newsletter|glassdoor|trustpilot|yelp|checkatrade"
  private static let publish =
    "post|posting|posted|share|sharing|write|writing|publish|publishing|put|putting|air|"
    + "airing|tweet|tweeting|expose|exposing|report|reporting"
  private static let contact =
    "contact|contacting|email|emailing|call|calling|tell|telling|inform|informing|write|"
    + "writing|message|messaging|speak|speaking|reach|reaching|alert|alerting|copy|copying|"
    + "cc|warn|warning|notify|notifying|letting"
  private static let relations =
    "clients|client|customers|customer|employer|boss|bosses|investors|investor|suppliers|"
    + "landlord|family|wife|husband|employees|staff|shareholders|followers|funders|backers|"
    + "neighbours|neighbors|friends|colleagues|board"

  private static let table: [TonePhrase] = [
    TonePhrase(
      "leave|leaving|write|writing|post|posting|give|giving|put|putting|publish ~3 review|reviews",
      .stop, .review, fix: .removeSentence),
    TonePhrase(
      "bad|negative|scathing|terrible|poor|damning|angry|unflattering ~1 review|reviews",
      .stop, .review, fix: .removeSentence),
    TonePhrase("one|1 star|stars", .stop, .review, fix: .removeSentence),
    TonePhrase(
      "review|reviews on|at google|trustpilot|yelp|glassdoor|checkatrade|facebook|linkedin",
      .stop, .review, fix: .removeSentence),
    TonePhrase("google review|reviews", .stop, .review, fix: .removeSentence),
    TonePhrase("trustpilot|yelp|glassdoor|checkatrade", .stop, .review, fix: .removeSentence),
    TonePhrase("\(publish) ~4 \(social) media?", .stop, .socialMedia, fix: .removeSentence),
    TonePhrase("social media|network|networks", .stop, .socialMedia, fix: .removeSentence),
    TonePhrase(
      "on|in my blog|newsletter|podcast|channel|feed", .stop, .socialMedia,
      fix: .removeSentence),
    TonePhrase(
      "tag|tagging ~2 your company|business|firm", .stop, .socialMedia,
      fix: .removeSentence),
    TonePhrase("name and shame", .stop, .publicly, fix: .removeSentence),
    TonePhrase("naming and shaming", .stop, .publicly, fix: .removeSentence),
    TonePhrase("go|going public", .stop, .publicly, fix: .removeSentence),
    TonePhrase("make|making ~2 public", .stop, .publicly, fix: .removeSentence),
    TonePhrase("publicly", .stop, .publicly, fix: .removeSentence),
    TonePhrase(
      "tell|telling|warn|warning|inform|let|letting ~2 everyone|everybody|others|world|"
        + "industry|community|freelancers|suppliers|network|followers", .stop, .publicly,
      fix: .removeSentence),
    TonePhrase(
      "everyone|everybody|people|others|world|freelancers|suppliers|businesses ~2 "
        + "deserve|deserves|need|needs|should|ought|will|would to|know|hear", .stop, .publicly,
      fix: .removeSentence),
    TonePhrase("word gets|travels|spreads", .stop, .publicly, fix: .removeSentence),
    TonePhrase("word will get|spread|travel", .stop, .publicly, fix: .removeSentence),
    TonePhrase("the press|media", .stop, .publicly, fix: .removeSentence),
    TonePhrase(
      "journalist|journalists|newspaper|newspapers|reporter|reporters", .stop,
      .publicly, fix: .removeSentence),
    TonePhrase("expose|exposing you|your", .stop, .publicly, fix: .removeSentence),
    TonePhrase("call|calling you out", .stop, .publicly, fix: .removeSentence),
    TonePhrase("blacklist|blacklisted|blacklisting", .stop, .publicly, fix: .removeSentence),
    TonePhrase(
      "reputation ~3 hit|suffer|suffers|ruined|damaged|tarnished|destroyed|trashed", .stop,
      .reputation, fix: .removeSentence),
    TonePhrase(
      "ruin|damage|destroy|tarnish|trash your ~1 reputation|name", .stop, .reputation,
      fix: .removeSentence),
    TonePhrase("\(contact) ~2 to your ~1 \(relations)", .stop, .relations, fix: .removeSentence),
    TonePhrase("\(contact) ~1 your ~1 \(relations)", .stop, .relations, fix: .removeSentence),
    TonePhrase(
      "your ~1 \(relations) would|might|will|should|may ~3 know|hear|interested|learn|find",
      .stop, .relations, fix: .removeSentence),
    TonePhrase(
      "your ~1 \(relations) heard|hearing|knew|knowing|learned|learnt|found|finding|saw|seeing",
      .stop, .relations, fix: .removeSentence),
  ]
}

extension ToneMessage {
  fileprivate static let review = ToneMessage(
    why: "Threatening a bad review is pressure that can be harassment or even blackmail, and "
      + "it can give the client a claim against you.",
    alternative: nil,
    advice: "keep the dispute private; " + DraftAdvice.mediation)
  fileprivate static let socialMedia = ToneMessage(
    why: "Taking a debt to social media is public shaming; it can be harassment or defamation, "
      + "and it makes settling harder.",
    alternative: nil,
    advice: "keep the dispute private; " + DraftAdvice.mediation)
  fileprivate static let publicly = ToneMessage(
    why: "Telling others about the debt is public shaming; it can be harassment or defamation, "
      + "and it ends any goodwill.",
    alternative: nil,
    advice: "keep the dispute private; " + DraftAdvice.mediation)
  fileprivate static let reputation = ToneMessage(
    why: "A threat to someone's reputation is a threat; it can be harassment or defamation.",
    alternative: nil,
    advice: "keep the dispute private; " + DraftAdvice.mediation)
  fileprivate static let relations = ToneMessage(
    why: "Contacting the client's clients, employer, investors or family about a debt is "
      + "harassment; in many places collectors are forbidden to do it.",
    alternative: nil,
    advice: "deal only with the client; " + DraftAdvice.mediation)
}
