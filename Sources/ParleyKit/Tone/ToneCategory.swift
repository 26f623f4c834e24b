/// What kind of trouble a finding is about.
public enum ToneCategory: String, CaseIterable, Codable, Sendable {
  /// Threats of harm or of unnamed "consequences".
  case threat
  /// Court, solicitors, collectors or bailiffs raised as a threat or too early.
  case prematureLegal
  /// Anger and hostility.
  case anger
  /// Insults, name-calling and accusations.
  case insult
  /// Swearing, spelled out or starred.
  case profanity
  /// Sarcasm and passive aggression.
  case sarcasm
  /// Reviews, social media, or telling the client's clients or employer.
  case publicShaming
  /// Chasing too often or too soon, or saying how often you have chased.
  case pestering
  /// Guilt trips and emotional pressure.
  case guiltTrip
  /// Deadlines too short to be reasonable.
  case ultimatum
  /// Capitals and runs of exclamation marks.
  case shouting
}
