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
        "broke", "struggling", "skint", "can't afford", "cant afford", "waiting to be paid",
        "haven't been paid", "not been paid", "bad month", "slow month", "tough month",
        "instalments", "installments", "more time",
      ]
    case .dispute:
      [
        "not happy", "dispute", "unhappy", "not finished", "wrong", "overcharg", "quality",
        "never agreed", "never approved", "not what we", "too much", "too high", "errors",
        "broken", "doesn't work", "didn't work", "incomplete", "refund", "complain",
      ]
    case .chequeInThePost:
      [
        "cheque", "in the post", "in the mail", "check is", "already sent", "already paid",
        "sent it", "sent the payment", "paid it", "on its way", "on the way", "transferred",
        "processing", "processed",
      ]
    case .talkToAccounts:
      [
        "accounts", "finance", "not my department", "bookkeeper", "payables", "someone else",
        "boss", "manager", "director", "not my call", "not up to me", "pass it on",
        "passed it on", "forwarded",
      ]
    case .neverGotTheInvoice:
      [
        "never got", "never received", "didn't get", "didn't receive", "no invoice",
        "lost the invoice", "spam", "junk", "never saw", "no record of", "send it again",
        "resend", "wrong email",
      ]
    case .anger:
      [
        "angry", "shouting", "swearing", "furious", "yelling", "rude", "hung up on", "shout",
        "swore", "yell", "slammed", "threaten", "abusive", "livid", "raised voice", "snapped",
      ]
    case .silence:
      [
        "silence", "silent", "quiet", "no reply", "not answering", "...", "pause", "says nothing",
        "said nothing", "no response", "didn't answer", "won't answer", "wont answer",
      ]
    }
  }

  /// The order in which objections are looked for: anger first, as staying
  /// calm matters most; the specific ones before the general.
  static let precedence: [CallObjection] = [
    .anger, .neverGotTheInvoice, .chequeInThePost, .dispute, .talkToAccounts, .cashFlow,
    .silence,
  ]

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

  /// The objection a note shows by its words, if any.
  public static func matching(_ text: String) -> CallObjection? {
    let lower = text.lowercased()
    return precedence.first { objection in objection.keywords.contains { lower.contains($0) } }
  }

  /// The objection a reply reading amounts to: what the client said, as the
  /// trained reply model reads it; for notes whose words name no objection.
  /// A reading the model is unsure of gives none: no line is better than a
  /// line for the wrong objection.
  public static func matching(_ reading: ReplyAnalysis) -> CallObjection? {
    guard !reading.needsConfirmation else { return nil }
    if reading.isPaymentOnItsWay { return .chequeInThePost }
    switch reading.kind {
    case .hostile: return .anger
    case .dispute: return reading.disputeTopic == .alreadyPaid ? .chequeInThePost : .dispute
    case .deflection: return .talkToAccounts
    case .hardship, .asksForMoreTime, .asksForPlan: return .cashFlow
    case .promiseToPay, .noRealAnswer: return nil
    }
  }
}
