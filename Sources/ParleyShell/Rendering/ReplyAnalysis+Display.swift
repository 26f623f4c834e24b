import ParleyKit

extension ReplyKind {
  /// The kind in a few words: `a promise to pay`.
  var words: String {
    switch self {
    case .promiseToPay: "a promise to pay"
    case .hardship: "cash-flow hardship"
    case .asksForPlan: "a request for a payment plan"
    case .dispute: "a dispute"
    case .asksForMoreTime: "a request for more time"
    case .deflection: "a deflection"
    case .hostile: "a hostile reply"
    case .noRealAnswer: "no real answer"
    }
  }
}

extension DisputeTopic {
  /// What is disputed, in words.
  var words: String {
    switch self {
    case .quality: "the quality of the work"
    case .unfinished: "work they say is unfinished"
    case .scope: "what was in scope"
    case .notReceived: "something they say was not received"
    case .amountWrong: "the amount"
    case .neverAgreed: "whether it was agreed"
    case .alreadyPaid: "a payment they say was made"
    case .other: "something else"
    }
  }
}

extension ReplyNextStep {
  /// The next step in a sentence, with the command that helps.
  var advice: String {
    switch self {
    case .confirmPromise(let date, let amount):
      let amountOption = amount.map { " --amount \($0.plainDecimal)" } ?? ""
      return "Thank them and confirm it in writing: the amount and the day "
        + "(\(date.inWords)). 'draft call-confirmation\(amountOption) --date \(date.iso)'"
    case .checkPayment(let day, let amount):
      let what = amount.map { "the \($0.formatted)" } ?? "the payment"
      return "They say they sent \(what) on \(day.inWords): look for it in your account and "
        + "record it with 'paid' when it is there. If nothing arrives within a few working days, "
        + "ask calmly for the payment's reference. 'draft friendly-reminder'"
    case .askForDate:
      return "Ask, calmly, for a date they can pay by. 'draft friendly-reminder'"
    case .proposePlan:
      return "Propose a plan that fits both sides: note their cash flow with 'cashflow', "
        + "then 'plan' and 'draft plan-proposal'."
    case .offerCall:
      return "Offer a short call to understand their cash flow and agree something they can "
        + "keep. 'draft cant-pay-reply'"
    case .askForSpecifics(let topic):
      return "Ask for specifics about \(topic.words), and ask them to pay the part they do not "
        + "dispute. 'draft dispute-reply --disputed AMOUNT'"
    case .waitUntil(let day):
      return "Give it until \(day.inWords) before you chase again."
    case .askWhoToContact:
      return "Ask who is handling it and when it will be paid. 'draft friendly-reminder'"
    case .pauseAndStayCalm:
      return "Do not reply in kind: pause, and answer calmly later, or propose mediation. "
        + "'draft mediation-proposal'"
    }
  }
}
