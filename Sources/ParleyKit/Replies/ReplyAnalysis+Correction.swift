extension ReplyAnalysis {
  /// The same reading with its kind set by the user, and the next step to match.
  ///
  /// The evidence stays as found; the kind the rules chose moves to `secondary`.
  public func corrected(to kind: ReplyKind, today: Day) -> ReplyAnalysis {
    guard kind != self.kind else { return self }
    return ReplyAnalysis(
      kind: kind, secondary: [self.kind] + secondary.filter { $0 != kind }, promise: promise,
      disputeAbout: disputeAbout, disputeTopic: disputeTopic ?? (kind == .dispute ? .other : nil),
      requestedDate: requestedDate, requestedDateText: requestedDateText,
      isPaymentOnItsWay: isPaymentOnItsWay, isAutomaticReply: isAutomaticReply,
      evidence: evidence, confidence: 1,
      suggestion: ReplySuggestion(
        kind: kind, promise: promise, disputeTopic: disputeTopic ?? .other,
        requestedDate: requestedDate, isPaymentOnItsWay: isPaymentOnItsWay, today: today))
  }
}
