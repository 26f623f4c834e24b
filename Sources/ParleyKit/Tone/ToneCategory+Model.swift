extension ToneCategory {
  /// Why a sentence the model reads as this kind of trouble hurts the user's
  /// case, for a finding no rule names the words of.
  var modelWhy: String {
    switch self {
    case .threat:
      "This sentence reads as a threat, even if a veiled one; a threat can be held against you "
        + "and ends the talking."
    case .prematureLegal:
      "This sentence uses legal action as pressure; raise it formally, after mediation, in a "
        + "letter before claim."
    case .anger:
      "This sentence reads as angry; anger makes the client defensive and reads badly if the "
        + "record is shown later."
    case .insult:
      "This sentence reads as an insult or an accusation; it hurts the relationship and your "
        + "standing if the record is shown later."
    case .profanity:
      "This sentence reads as swearing; keep the record clean."
    case .sarcasm:
      "This sentence reads as sarcastic; sarcasm is read as contempt and invites a hostile reply."
    case .publicShaming:
      "This sentence hints at telling others or going public; shaming can be defamation or "
        + "harassment, and it ends the talking."
    case .pestering:
      "This sentence reads as pestering (counting your chasers, turning up, chasing constantly); "
        + "it can amount to harassment."
    case .guiltTrip:
      "This sentence puts emotional pressure on the client; keep to the facts of the invoice."
    case .ultimatum:
      "This sentence sets a deadline too short to be fair; give a reasonable period, such as "
        + "7 to 14 days."
    case .shouting:
      "This sentence shouts, in capitals or with runs of ! or ?; write it in plain case."
    }
  }
}
