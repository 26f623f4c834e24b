extension ReplyClassifier {
  /// How many phrases of one kind are searched for a day or an amount; with a
  /// cap, a megabyte of "I will pay I will pay…" stays linear.
  static let phrasesSearched = 8

  /// What was promised: for each promise phrase in turn (the first
  /// ``phrasesSearched``), the day nearest it and the amount nearest it; the
  /// first phrase with a day wins, else the first.
  static func promise(
    in reading: ReplyReading, today: Day, currency: Currency, order: DateOrder
  ) -> ReplyPromise? {
    if let made = paymentMade(in: reading, today: today, currency: currency, order: order) {
      return made
    }
    let phrases = reading.matches.lazy.filter { $0.signal.kind == .promiseToPay }
      .prefix(phrasesSearched)
    var best: ReplyPromise?
    for phrase in phrases {
      let day = nearestDay(to: phrase, in: reading, today: today, order: order)
      let amount = nearestAmount(to: phrase, in: reading, currency: currency)
      let promise = ReplyPromise(
        amount: amount?.value, amountText: amount.map { reading.written($0.first, $0.end) },
        date: day.map { recent($0.value, today: today) },
        dateText: day.map { reading.written($0.first, $0.end) },
        isDateAmbiguous: day?.isAmbiguous ?? false)
      if day != nil { return promise }
      if best == nil { best = promise }
    }
    return best
  }

  /// What was promised when the model reads a promise that no rule phrase
  /// marks, or one without a day or amount: the first day and the first amount
  /// anywhere in the client's own words.
  static func anywherePromise(
    in reading: ReplyReading, today: Day, currency: Currency, order: DateOrder
  ) -> ReplyPromise {
    if let made = paymentMade(in: reading, today: today, currency: currency, order: order) {
      return made
    }
    let all = 0..<reading.tokens.count
    let days = ReplyDateFinder.days(in: reading, range: all, today: today, order: order)
    var day = days.first { !isDateline($0, in: reading) } ?? days.first
    if day == nil, reading.reportsPaymentMade {
      day =
        ReplyDateFinder.days(
          in: reading, range: all, today: today, order: order, includingPast: true
        ).first
    }
    let amounts = ReplyAmountFinder.amounts(in: reading, range: all, currency: currency)
    let amount = ReplyAmountFinder.sumResult(amounts, in: reading) ?? amounts.first
    return ReplyPromise(
      amount: amount?.value, amountText: amount.map { reading.written($0.first, $0.end) },
      date: day.map { recent($0.value, today: today) },
      dateText: day.map { reading.written($0.first, $0.end) },
      isDateAmbiguous: day?.isAmbiguous ?? false)
  }

  /// Whether `day` is a letter's own date on its line ("December 1, 2026",
  /// "Cairo, 1 December 2026"): written with its year, ending its line, after
  /// at most three other words.
  static func isDateline(_ day: ReplyMention<Day>, in reading: ReplyReading) -> Bool {
    let tokens = reading.tokens
    let line = tokens[day.first].line
    let hasYear = (day.first..<day.end).contains {
      reading.words[$0].count == 4 && reading.isNumber($0)
    }
    guard hasYear, tokens[day.end - 1].line == line,
      day.end == tokens.count || tokens[day.end].line != line
    else { return false }
    let lineStart = tokens[..<day.first].lastIndex { $0.line != line }.map { $0 + 1 } ?? 0
    return day.first - lineStart <= 3
  }

  /// Words before "paid" or "sent" that make it a payment still to come.
  static let notYetMade: Set<String> = [
    "get", "gets", "getting", "be", "being", "when", "once", "until", "if", "will", "is", "are",
  ]

  /// Signals that promise a payment still to come.
  static let futurePromises: Set<String> = [
    "promise.will-pay", "promise.can-pay", "promise.you-will-have-it", "promise.scheduled",
  ]

  /// A payment the reply says was already made, when it promises none still to
  /// come: the day next to a payment-made word ("paid yesterday", "sent £275
  /// on Monday", a weekday alone being the latest one), and the amount nearest it.
  static func paymentMade(
    in reading: ReplyReading, today: Day, currency: Currency, order: DateOrder
  ) -> ReplyPromise? {
    let words = reading.words
    func didPay(_ index: Int) -> Bool {
      words[index] == "did"
        && words[(index + 1)..<min(words.count, index + 4)].contains {
          $0 == "transfer" || $0 == "payment"
        }
    }
    guard reading.reportsPaymentMade || words.indices.contains(where: didPay),
      !reading.matches.contains(where: { futurePromises.contains($0.signal.id) })
    else { return nil }
    for index in words.indices
    where ReplyReading.paymentMadeWords.contains(words[index]) || didPay(index) {
      // "when I get paid", "once it is paid": a payment still to come.
      if index > 0, notYetMade.contains(reading.words[index - 1]) { continue }
      let sentence = reading.sentence(of: index)
      let nearby = max(sentence.lowerBound, index - 3)..<min(sentence.upperBound, index + 14)
      let days = ReplyDateFinder.days(
        in: reading, range: nearby, today: today, order: order, includingPast: true)
      guard let found = days.first else { continue }
      var day = recent(found.value, today: today)
      if found.end - found.first == 1,
        let weekday = ReplyDateFinder.weekday(
          named: reading.words[found.first])
      {
        day = today.weekday == weekday ? today : today.previous(weekday)
      }
      // "paid it on the 27th", read on 1 December: last month's 27th.
      let span = found.first..<found.end
      if day > today, span.contains(where: reading.isNumber),
        !reading.words[span].contains(where: ReplyDateFinder.isMonthWord),
        let earlier = day.checkedAddingMonths(-1, anchoredTo: day.day)
      {
        day = earlier
      }
      guard day <= today else { continue }
      let amounts = ReplyAmountFinder.amounts(in: reading, range: sentence, currency: currency)
      let amount =
        amounts.first
        ?? ReplyAmountFinder.amounts(
          in: reading, range: 0..<reading.tokens.count, currency: currency
        ).first
      return ReplyPromise(
        amount: amount?.value, amountText: amount.map { reading.written($0.first, $0.end) },
        date: day, dateText: reading.written(found.first, found.end), isDateAmbiguous: false)
    }
    return nil
  }

  /// A day written without a year, as the reply most likely means it: "paid
  /// on 26 November", read on 1 December, is last week, not next year: a day
  /// more than half a year ahead is taken a year earlier.
  static func recent(_ day: Day, today: Day) -> Day {
    guard day > today.adding(days: 183),
      let earlier = day.checkedAddingMonths(-12, anchoredTo: day.day)
    else { return day }
    return earlier
  }

  /// The day for a phrase: the nearest after it in its sentence, else before it,
  /// else the first in the next sentence, else the last in the previous one;
  /// always within ``ReplyReading/reach`` tokens.
  static func nearestDay(
    to phrase: ReplyMatch, in reading: ReplyReading, today: Day, order: DateOrder
  ) -> ReplyMention<Day>? {
    if let day = nearestDay(
      to: phrase, in: reading, today: today, order: order, includingPast: false)
    {
      return day
    }
    guard reading.reportsPaymentMade else { return nil }
    return nearestDay(to: phrase, in: reading, today: today, order: order, includingPast: true)
  }

  private static func nearestDay(
    to phrase: ReplyMatch, in reading: ReplyReading, today: Day, order: DateOrder,
    includingPast: Bool
  ) -> ReplyMention<Day>? {
    let nearby = reading.neighbourhood(of: phrase.first..<phrase.end)
    let days = ReplyDateFinder.days(
      in: reading, range: nearby, today: today, order: order, includingPast: includingPast)
    if let after = days.first(where: { $0.first >= phrase.end }) { return after }
    if let before = days.last(where: { $0.end <= phrase.first }) { return before }
    if let inside = days.first { return inside }
    if let head = reading.headOfNextSentence(after: phrase.first),
      let first = ReplyDateFinder.days(
        in: reading, range: head, today: today, order: order, includingPast: includingPast
      ).first
    {
      return first
    }
    if let tail = reading.tailOfPreviousSentence(before: phrase.first),
      let last = ReplyDateFinder.days(
        in: reading, range: tail, today: today, order: order, includingPast: includingPast
      ).last
    {
      return last
    }
    return nil
  }

  /// The amount for a phrase: a sum's result (`= £1,080`), else the nearest in
  /// its sentence, else the first in the next sentence, else the last in the
  /// previous one ("Will settle on the 15th. That's £3,200 incl VAT.").
  static func nearestAmount(
    to phrase: ReplyMatch, in reading: ReplyReading, currency: Currency
  ) -> ReplyMention<Money>? {
    let nearby = reading.neighbourhood(of: phrase.first..<phrase.end)
    let amounts = ReplyAmountFinder.amounts(in: reading, range: nearby, currency: currency)
    if let result = ReplyAmountFinder.sumResult(amounts, in: reading) { return result }
    if let nearest = amounts.min(by: { distance($0, phrase) < distance($1, phrase) }) {
      return nearest
    }
    if let head = reading.headOfNextSentence(after: phrase.first),
      let first = ReplyAmountFinder.amounts(in: reading, range: head, currency: currency).first
    {
      return first
    }
    return reading.tailOfPreviousSentence(before: phrase.first).flatMap {
      ReplyAmountFinder.amounts(in: reading, range: $0, currency: currency).last
    }
  }

  /// How many tokens lie between a mention and a phrase.
  private static func distance<Value>(_ mention: ReplyMention<Value>, _ phrase: ReplyMatch) -> Int {
    if mention.first >= phrase.end { return mention.first - phrase.end }
    if mention.end <= phrase.first { return phrase.first - mention.end }
    return 0
  }

  /// The day a request for more time names, in the sentence of its first phrase
  /// that names one.
  static func requestedDay(
    in reading: ReplyReading, today: Day, order: DateOrder
  ) -> ReplyMention<Day>? {
    let phrases = reading.matches.lazy.filter { $0.signal.kind == .asksForMoreTime }
    for phrase in phrases.prefix(phrasesSearched) {
      let nearby = reading.neighbourhood(of: phrase.first..<phrase.end)
      let days = ReplyDateFinder.days(in: reading, range: nearby, today: today, order: order)
      if let day = days.first(where: { $0.first >= phrase.first }) ?? days.last { return day }
    }
    return nil
  }

  /// What a dispute is about: the topic of the first dispute phrase that names
  /// one (else ``DisputeTopic/other``), and that phrase's sentence as written
  /// (at most ``ReplyReading/reach`` tokens either side of the phrase).
  static func disputeDetails(in reading: ReplyReading) -> (topic: DisputeTopic, about: String) {
    let phrases = reading.matches.filter { $0.signal.kind == .dispute }
    let chosen = phrases.first { $0.signal.topic != nil } ?? phrases.first
    guard let chosen else { return (.other, "") }
    let sentence = reading.neighbourhood(of: chosen.first..<chosen.end)
    return (
      chosen.signal.topic ?? .other, reading.written(sentence.lowerBound, sentence.upperBound)
    )
  }

  /// The documented confidence for a primary kind of weight `weight`, beside
  /// `others` other kinds.
  static func confidence(kind: ReplyKind, weight: Double, others: Int, isAutomatic: Bool) -> Double
  {
    if isAutomatic { return 0.95 }
    if kind == .noRealAnswer && weight < 1 { return 0.5 }
    let raw = 0.5 + 0.2 * min(weight, 2) - 0.1 * Double(others)
    return (min(0.95, max(0.2, raw)) * 100).rounded() / 100
  }
}
