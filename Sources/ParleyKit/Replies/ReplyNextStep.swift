/// What the user could do next after a client's reply, as data for the shell to word.
public enum ReplyNextStep: Hashable, Sendable {
  /// Confirm the promise in writing: the day and, when stated, the amount.
  case confirmPromise(date: Day, amount: Money?)
  /// They say they already paid, on this day: look for it, record it when it
  /// is there, and ask for the payment's reference if it does not arrive.
  case checkPayment(sentOn: Day, amount: Money?)
  /// Ask for a solid payment date.
  case askForDate
  /// Propose a payment plan.
  case proposePlan
  /// Offer a call to talk about their cash flow and leave with a solid date.
  case offerCall
  /// Ask what exactly is disputed, and separate the undisputed part.
  case askForSpecifics(DisputeTopic)
  /// Do nothing until this day, then check and remind.
  case waitUntil(Day)
  /// Ask who to contact and how to reach them.
  case askWhoToContact
  /// Do not answer in kind: pause, stay calm, reply later and factually.
  case pauseAndStayCalm
}
