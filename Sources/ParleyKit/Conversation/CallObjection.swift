/// A common objection on a difficult call, with a calm line to answer it.
public enum CallObjection: String, CaseIterable, Sendable {
  /// "We can't pay right now."
  case cashFlow = "cash-flow"
  /// "We're not happy with the work."
  case dispute
  /// "The cheque is in the post."
  case chequeInThePost = "cheque-in-the-post"
  /// "Talk to accounts."
  case talkToAccounts = "talk-to-accounts"
  /// "We never got the invoice."
  case neverGotTheInvoice = "never-got-the-invoice"
  /// They are angry.
  case anger
  /// They go quiet.
  case silence

  /// Words that show the objection in what the user types.
  var keywords: [String] {
    switch self {
    case .cashFlow:
      [
        "can't pay", "cannot pay", "cant pay", "cash flow", "cashflow", "no money", "tight",
        "broke",
      ]
    case .dispute:
      ["not happy", "dispute", "unhappy", "not finished", "wrong", "overcharg", "quality"]
    case .chequeInThePost:
      ["cheque", "in the post", "in the mail", "check is", "already sent", "already paid"]
    case .talkToAccounts:
      ["accounts", "finance", "not my department", "bookkeeper", "payables", "someone else"]
    case .neverGotTheInvoice:
      [
        "never got", "never received", "didn't get", "didn't receive", "no invoice",
        "lost the invoice",
      ]
    case .anger: ["angry", "shouting", "swearing", "furious", "yelling", "rude", "hung up on"]
    case .silence: ["silence", "silent", "quiet", "no reply", "not answering", "..."]
    }
  }

  /// The calm line to say.
  public var line: String {
    switch self {
    case .cashFlow:
      "\"I understand. What could you manage now, and each month after that? Let's find a plan "
        + "that works for both of us.\""
    case .dispute:
      "\"I'm sorry to hear that. Which part, specifically? Could you pay the part that isn't in "
        + "question while we look at the rest?\""
    case .chequeInThePost:
      "\"Thank you. When was it sent, and for how much? I'll look out for it, and let you know "
        + "if it hasn't arrived in two working days.\""
    case .talkToAccounts:
      "\"Of course. Who should I speak to, and how do I reach them? Could you let them know I'll "
        + "be in touch today?\""
    case .neverGotTheInvoice:
      "\"No problem, I'll send it again straight after this call. Which email address is best, "
        + "and when could it then be paid?\""
    case .anger:
      "\"I can hear this is frustrating, and I want to sort it out calmly. Would it help to talk "
        + "again tomorrow?\""
    case .silence:
      "Let the pause be; then ask: \"What would work for you?\""
    }
  }

  /// The objection `text` shows, if any.
  public static func matching(_ text: String) -> CallObjection? {
    let lower = text.lowercased()
    return allCases.first { objection in objection.keywords.contains { lower.contains($0) } }
  }
}
