/// What a client's reply to a payment reminder amounts to.
///
/// When a reply carries several signals, the primary kind is the first present
/// in this precedence (see ``ReplyClassifier``):
///
/// 1. ``hostile`` — staying calm matters more than anything else in the reply.
/// 2. ``dispute`` — a dispute stops chasing, whatever else is said.
/// 3. ``asksForPlan`` — a proposed schedule is more specific than one promise.
/// 4. ``promiseToPay`` *with* a day or an amount.
/// 5. ``hardship``
/// 6. ``asksForMoreTime``
/// 7. ``deflection`` — "they'll sort it" beside "talk to accounts" is a deflection.
/// 8. ``promiseToPay`` with neither a day nor an amount.
/// 9. ``noRealAnswer`` — nothing else present. An automatic reply is always this.
public enum ReplyKind: String, CaseIterable, Codable, Sendable {
  /// They say they will pay ("I'll transfer the £1,200 on Friday").
  case promiseToPay
  /// They cannot pay because of their own cash flow ("we lost our biggest client").
  case hardship
  /// They ask for, or offer, instalments ("could we pay £200 a month?").
  case asksForPlan
  /// They dispute the invoice or the work: quality, scope, not received, amount...
  case dispute
  /// They ask for more time, with or without a day ("could you give us until the 15th?").
  case asksForMoreTime
  /// They send the matter elsewhere or say it is on its way ("talk to accounts",
  /// "the cheque is in the post", "I'll look into it").
  case deflection
  /// Insults, swearing, threats, or "stop contacting me".
  case hostile
  /// Nothing that answers the reminder: "ok", "thanks", an out-of-office reply.
  case noRealAnswer
}
