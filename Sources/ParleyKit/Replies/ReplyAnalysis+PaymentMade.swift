extension ReplyAnalysis {
  /// Whether the client says the payment was already made, on a day before
  /// today: the promise's day is when they sent it, not a day to wait for.
  public var saysItWasPaid: Bool {
    if case .checkPayment = suggestion.nextStep { return true }
    return false
  }
}
