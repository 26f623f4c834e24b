extension ReplySuggestion {
  /// How many business days to wait when a reply says the payment is on its way.
  public static let onItsWayBusinessDays = 5

  /// The next step and draft for a reply, by its primary kind.
  ///
  /// | Kind | Next step | Draft |
  /// |---|---|---|
  /// | promise with a day already past (paid) | ``ReplyNextStep/checkPayment(sentOn:amount:)`` | `friendly-reminder` |
  /// | promise with a day | ``ReplyNextStep/confirmPromise(date:amount:)`` | `call-confirmation` |
  /// | promise without a day | ``ReplyNextStep/askForDate`` | `friendly-reminder` |
  /// | hardship | ``ReplyNextStep/offerCall`` | `cant-pay-reply` |
  /// | asks for a plan | ``ReplyNextStep/proposePlan`` | `plan-proposal` |
  /// | dispute | ``ReplyNextStep/askForSpecifics(_:)`` | `dispute-reply` |
  /// | more time, with a day | ``ReplyNextStep/waitUntil(_:)`` that day | `call-confirmation` |
  /// | more time, no day | ``ReplyNextStep/askForDate`` | `cant-pay-reply` |
  /// | deflection, payment on its way | ``ReplyNextStep/waitUntil(_:)`` 5 business days | `friendly-reminder` |
  /// | other deflection | ``ReplyNextStep/askWhoToContact`` | `friendly-reminder` |
  /// | hostile | ``ReplyNextStep/pauseAndStayCalm`` | `mediation-proposal` |
  /// | no real answer | ``ReplyNextStep/askForDate`` | `friendly-reminder` |
  ///
  /// - Parameters:
  ///   - kind: The reply's primary kind.
  ///   - promise: What was promised, if anything.
  ///   - disputeTopic: What a dispute is about, if known.
  ///   - requestedDate: The day a request for more time names, if any.
  ///   - isPaymentOnItsWay: Whether the reply says the payment is on its way.
  ///   - today: The user's local day, to count the wait from.
  public init(
    kind: ReplyKind, promise: ReplyPromise?, disputeTopic: DisputeTopic?, requestedDate: Day?,
    isPaymentOnItsWay: Bool, today: Day
  ) {
    switch kind {
    case .promiseToPay:
      if let date = promise?.date, date < today {
        self.init(
          nextStep: .checkPayment(sentOn: date, amount: promise?.amount), draft: .friendlyReminder)
      } else if let date = promise?.date {
        self.init(
          nextStep: .confirmPromise(date: date, amount: promise?.amount), draft: .callConfirmation)
      } else {
        self.init(nextStep: .askForDate, draft: .friendlyReminder)
      }
    case .hardship:
      self.init(nextStep: .offerCall, draft: .cantPayReply)
    case .asksForPlan:
      self.init(nextStep: .proposePlan, draft: .planProposal)
    case .dispute:
      self.init(nextStep: .askForSpecifics(disputeTopic ?? .other), draft: .disputeReply)
    case .asksForMoreTime:
      if let requestedDate {
        self.init(nextStep: .waitUntil(requestedDate), draft: .callConfirmation)
      } else {
        self.init(nextStep: .askForDate, draft: .cantPayReply)
      }
    case .deflection:
      if isPaymentOnItsWay {
        let day =
          today.checkedAdding(businessDays: Self.onItsWayBusinessDays, holidays: []) ?? today
        self.init(nextStep: .waitUntil(day), draft: .friendlyReminder)
      } else {
        self.init(nextStep: .askWhoToContact, draft: .friendlyReminder)
      }
    case .hostile:
      self.init(nextStep: .pauseAndStayCalm, draft: .mediationProposal)
    case .noRealAnswer:
      self.init(nextStep: .askForDate, draft: .friendlyReminder)
    }
  }
}
