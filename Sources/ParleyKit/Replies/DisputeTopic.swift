/// What a disputed invoice is disputed about.
public enum DisputeTopic: String, CaseIterable, Codable, Sendable {
  /// The work is faulty or poor: "it doesn't work", "full of errors".
  case quality
  /// The work is not finished: "half of it isn't done".
  case unfinished
  /// The invoice covers work outside what was asked for: "extra revisions".
  case scope
  /// The work or goods never arrived: "we never received the files".
  case notReceived
  /// The amount is wrong: "charged twice", "the quote said £800".
  case amountWrong
  /// They say they never agreed to the work or the rate: "we never approved it".
  case neverAgreed
  /// They say they have paid already: "we already paid this in October".
  case alreadyPaid
  /// A dispute or refusal that does not say what about.
  case other
}
