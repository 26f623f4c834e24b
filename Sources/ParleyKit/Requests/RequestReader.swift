/// Reads a plain-words line typed at the prompt: the intent from the trained
/// model over the text core, the amount and the day from the reply-reading
/// rules (the same finders that read a client's promise).
public enum RequestReader {
  /// The reading of `text` on `today`, in a case whose amounts are in
  /// `currency` and whose dates are written in `dateOrder`; nil without a
  /// model or for a line with no words.
  public static func read(
    _ text: String, today: Day, currency: Currency, dateOrder: DateOrder,
    model: IntentModel? = IntentModel.builtIn
  ) -> RequestReading? {
    guard let model, text.contains(where: { $0.isLetter || $0.isNumber }) else { return nil }
    let ranked = model.probabilities(text)
    guard let first = ranked.first else { return nil }
    let reading = ReplyReading(text)
    let range = 0..<reading.tokens.count
    let amount = ReplyAmountFinder.amounts(in: reading, range: range, currency: currency).first
    let day = ReplyDateFinder.days(
      in: reading, range: range, today: today, order: dateOrder, includingPast: true
    ).first
    return RequestReading(
      text: text, intent: first.intent, confidence: first.probability,
      alternative: ranked.dropFirst().first?.intent ?? first.intent, amount: amount?.value,
      day: day.map { ReplyClassifier.recent($0.value, today: today) })
  }
}
