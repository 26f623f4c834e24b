/// Reads a client's reply to a reminder and says what it amounts to.
///
/// Deterministic, explainable rules (``ReplySignal``) over normalised tokens:
///
/// 1. Quoted earlier messages (lines starting `>`, everything from an
///    `On … wrote:` or `Original Message` header) and signatures (from `--`,
///    "Sent from my iPhone", or a lone sign-off such as "Kind regards," followed
///    by a few short lines) are ignored.
/// 2. The rest is tokenised by the text core (``TextTokenizer``): case folded, curly
///    quotes straightened, contractions expanded, typos spelled out; rules match
///    whole words only, written in the one pattern language (``TextPattern``).
/// 3. Every rule's phrases are matched; negation turns some into others
///    ("we can't pay" is hardship, "we won't be paying" is a refusal).
/// 4. A kind is present when its matched rules weigh at least 1. The primary
///    kind is the first present in the precedence documented on ``ReplyKind``;
///    the others present are ``ReplyAnalysis/secondary``. An automatic reply is
///    always ``ReplyKind/noRealAnswer``; with nothing present, so is the reply.
/// 5. For a promise, the day and amount come from the promise's sentence (the
///    first promise phrase with a day wins): the nearest day after the phrase,
///    else before it, else in the next or previous sentence; the nearest amount in
///    the sentence.
///
/// The kind comes from the trained ``ReplyModel`` (the rules' signals are its
/// evidence and give the details); an automatic reply is always
/// ``ReplyKind/noRealAnswer``. A promise the rules find with its amount and
/// day overrules the model's hardship, request for time or deflection (see
/// ``outranksModel(_:weights:modelKind:)``), and a payment reported made with
/// both overrules any kind but hostility that no rule finds. Confidence is the
/// model's probability of the kind (0.95 for an automatic reply). Without a model, or
/// where the rules overruled it, the kind follows the rules and their
/// precedence, and confidence is `0.5 + 0.2 × min(weight, 2)` less 0.1 for
/// each other kind present, kept within 0.2…0.95.
///
/// The time taken is linear in the length of the text.
public enum ReplyClassifier {
  /// Classifies a client's reply.
  ///
  /// - Parameters:
  ///   - text: The reply as pasted, with any quoted message and signature.
  ///   - today: The user's local day, for "Friday" or "next week".
  ///   - currency: The currency of an amount with no symbol (`$` alone also
  ///     follows it, see ``MoneyParser``).
  ///   - dateOrder: How the jurisdiction writes numeric dates (`15/12` or `12/15`).
  /// - Returns: The kind, the evidence, what was promised or disputed, and the
  ///   suggested next step.
  public static func classify(
    _ text: String, today: Day, currency: Currency, dateOrder: DateOrder,
    model: ReplyModel? = ReplyModel.builtIn
  ) -> ReplyAnalysis {
    let reading = ReplyReading(text)
    var weights: [ReplyKind: Double] = [:]
    var counted: Set<String> = []
    for match in reading.matches where counted.insert(match.signal.id).inserted {
      weights[match.signal.kind, default: 0] += match.signal.weight
    }
    var present = Set(weights.filter { $0.value >= 1 }.keys)
    let isAutomatic = reading.matches.contains { $0.signal.isAutomaticReply }
    let keptText = reading.text.keptText
    let modelReading = model?.probabilities(keptText: keptText).first
    if let modelReading { present.insert(modelReading.kind) }

    var promise =
      present.contains(.promiseToPay)
      ? promise(in: reading, today: today, currency: currency, order: dateOrder) : nil
    let ranked = rank(present, promise: promise)
    var kind = isAutomatic ? .noRealAnswer : modelReading?.kind ?? ranked.first ?? .noRealAnswer
    if outranksModel(promise, weights: weights, modelKind: kind) {
      kind = .promiseToPay
    } else if promise == nil, !isAutomatic,
      let made = overrulingPayment(
        in: reading, weights: weights, modelKind: kind, today: today, currency: currency,
        order: dateOrder)
    {
      kind = .promiseToPay
      promise = made
    }
    if kind == .promiseToPay, !(promise?.isSpecific ?? false) {
      promise = anywherePromise(in: reading, today: today, currency: currency, order: dateOrder)
    }
    let secondary = isAutomatic ? [] : ranked.filter { $0 != kind && $0 != .noRealAnswer }

    let dispute = present.contains(.dispute) ? disputeDetails(in: reading) : nil
    let requested =
      kind == .asksForMoreTime
      ? requestedDay(in: reading, today: today, order: dateOrder) : nil
    let isOnItsWay = reading.matches.contains { $0.signal.isOnItsWay }
    let shown = Set([kind] + secondary)
    let evidence = reading.matches
      .filter { shown.contains($0.signal.kind) }
      .sorted { ($0.first, $0.end) < ($1.first, $1.end) }
      .map(reading.evidence)
    // The model's probability, unless the rules overruled its kind: then the
    // rules' own confidence, as without a model (0.95 for an automatic reply).
    let confidence =
      modelReading.flatMap {
        $0.kind == kind && !isAutomatic ? (Double($0.probability) * 100).rounded() / 100 : nil
      }
      ?? self.confidence(
        kind: kind, weight: weights[kind] ?? 0, others: secondary.count, isAutomatic: isAutomatic)

    return ReplyAnalysis(
      kind: kind, secondary: secondary, promise: promise, disputeAbout: dispute?.about,
      disputeTopic: dispute?.topic, requestedDate: requested?.value,
      requestedDateText: requested.map { reading.written($0.first, $0.end) },
      isPaymentOnItsWay: isOnItsWay, isAutomaticReply: isAutomatic, evidence: evidence,
      confidence: confidence,
      suggestion: ReplySuggestion(
        kind: kind, promise: promise, disputeTopic: dispute?.topic,
        requestedDate: requested?.value, isPaymentOnItsWay: isOnItsWay, today: today),
      modelTerms: model?.explain(keptText: keptText, kind: kind, limit: 6) ?? [])
  }

  /// Kinds a promise with both its amount and its day outranks (see ``ReplyKind``).
  static let outrankedByPromise: Set<ReplyKind> = [
    .hardship, .asksForMoreTime, .deflection, .noRealAnswer,
  ]

  /// Whether the rules' promise overrules the model's kind: a promise phrase
  /// with both an amount and a day ("we're struggling, but I will deposit
  /// LKR 75,000 on the 10th") comes before hardship, requests for time and
  /// deflections in the documented precedence, however the model reads the
  /// rest. (Also overruling a dispute, hostility or a plan that no rule finds
  /// was tried: it lost more kinds than it won.)
  static func outranksModel(
    _ promise: ReplyPromise?, weights: [ReplyKind: Double], modelKind: ReplyKind
  ) -> Bool {
    guard let promise, weights[.promiseToPay] ?? 0 >= 1,
      outrankedByPromise.contains(modelKind)
    else { return false }
    return promise.amount != nil && promise.date != nil
  }

  /// A payment the reply reports made, with its amount and day, when it
  /// overrules the model's kind: any kind no rule supports ("Sent you five
  /// hundred quid just now mate" read as hostile), but not hostility itself,
  /// which often comes with a payment ("here's your bloody money, £450 sent
  /// just now, now lose my number").
  static func overrulingPayment(
    in reading: ReplyReading, weights: [ReplyKind: Double], modelKind: ReplyKind, today: Day,
    currency: Currency, order: DateOrder
  ) -> ReplyPromise? {
    guard reading.reportsPaymentMade,
      outrankedByPromise.contains(modelKind)
        || modelKind != .hostile
          && weights[modelKind] ?? 0 < 1,
      let made = paymentMade(in: reading, today: today, currency: currency, order: order),
      made.amount != nil, made.date != nil
    else { return nil }
    return made
  }

  /// The kinds present, in the documented precedence; a promise with neither a
  /// day nor an amount ranks below hardship, requests for time and deflections.
  static func rank(_ present: Set<ReplyKind>, promise: ReplyPromise?) -> [ReplyKind] {
    let isSpecific = promise?.isSpecific ?? false
    let order: [ReplyKind] =
      isSpecific
      ? [
        .hostile, .dispute, .asksForPlan, .promiseToPay, .hardship, .asksForMoreTime,
        .deflection, .noRealAnswer,
      ]
      : [
        .hostile, .dispute, .asksForPlan, .hardship, .asksForMoreTime, .deflection,
        .promiseToPay, .noRealAnswer,
      ]
    return order.filter(present.contains)
  }
}
