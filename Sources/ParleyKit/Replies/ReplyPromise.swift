/// What a client promised: how much and when, as far as the reply says.
public struct ReplyPromise: Hashable, Sendable {
  /// The amount promised, or nil when the reply names none.
  public let amount: Money?
  /// The amount as written (`£1,200`), or nil.
  public let amountText: String?
  /// The day promised, or nil when the reply names none.
  public let date: Day?
  /// The day as written (`Friday`, `the 15th`, `end of the month`), or nil.
  public let dateText: String?
  /// Whether the day was numeric and valid in either order (`03/04`): the shell
  /// should echo it in words and ask.
  public let isDateAmbiguous: Bool

  /// Creates a promise.
  public init(
    amount: Money?, amountText: String?, date: Day?, dateText: String?,
    isDateAmbiguous: Bool = false
  ) {
    self.amount = amount
    self.amountText = amountText
    self.date = date
    self.dateText = dateText
    self.isDateAmbiguous = isDateAmbiguous
  }

  /// Whether the promise names a day or an amount, which makes it rank above
  /// hardship and requests for time.
  public var isSpecific: Bool { date != nil || amount != nil }
}
