import Testing

@testable import ParleyKit

/// Reply reading measured on replies written blind, frozen before training.
/// Never tune against this set.
@Suite("Replies: the blind reply set (2026-12)")
struct ReplyBlindSetTests {
  /// Floors a little under the figures measured (kind 0.930, amounts 0.766,
  /// dates 0.870; see the README); not targets.
  static let minimumKindAccuracy = 0.90
  static let minimumAmountAccuracy = 0.74
  static let minimumDateAccuracy = 0.85

  @Test("kind accuracy by kind, and promise amounts and dates, with 95% intervals")
  func blindFigures() throws {
    let replies = try CorpusFiles.blindReplies()
    #expect(replies.count >= 200)
    var right = 0
    var byKind: [String: (right: Int, total: Int)] = [:]
    var amounts = (right: 0, total: 0)
    var dates = (right: 0, total: 0)
    var confusions: [String: Int] = [:]
    for reply in replies {
      let locale = BlindLocale(reply.locale)
      let analysis = ReplyClassifier.classify(
        reply.text, today: Day(validYear: 2026, month: 12, day: 1), currency: locale.currency,
        dateOrder: locale.order)
      let isRight = analysis.kind.rawValue == reply.kind
      if isRight {
        right += 1
      } else {
        confusions["\(reply.kind)→\(analysis.kind.rawValue)", default: 0] += 1
      }
      byKind[reply.kind, default: (0, 0)].total += 1
      if isRight { byKind[reply.kind, default: (0, 0)].right += 1 }
      guard reply.kind == ReplyKind.promiseToPay.rawValue else { continue }
      if let amount = reply.amount {
        amounts.total += 1
        if analysis.promise?.amount == BlindLocale.money(amount) { amounts.right += 1 }
      }
      if let date = reply.date {
        dates.total += 1
        if analysis.promise?.date?.iso == date { dates.right += 1 }
      }
    }
    let kind = WilsonInterval(successes: right, trials: replies.count)
    let amount = WilsonInterval(successes: amounts.right, trials: amounts.total)
    let date = WilsonInterval(successes: dates.right, trials: dates.total)
    var lines = [
      "Replies, blind set (2026-12): \(replies.count) replies",
      "  kind right      \(kind.summary)",
      "  promise amount  \(amount.summary)",
      "  promise date    \(date.summary)",
    ]
    for (name, counts) in byKind.sorted(by: { $0.key < $1.key }) {
      lines.append(
        "  \(name): " + WilsonInterval(successes: counts.right, trials: counts.total).summary)
    }
    lines.append(
      "  confusions: "
        + confusions.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        .map { "\($0.key) \($0.value)" }.joined(separator: ", "))
    print(lines.joined(separator: "\n"))
    #expect(kind.proportion >= Self.minimumKindAccuracy)
    #expect(amount.proportion >= Self.minimumAmountAccuracy)
    #expect(date.proportion >= Self.minimumDateAccuracy)
  }
}

/// A blind reply's locale: the currency of a bare amount and the order of a numeric date.
struct BlindLocale {
  let currency: Currency
  let order: DateOrder

  init(_ code: String?) {
    switch code {
    case "us": (currency, order) = (.usd, .monthFirst)
    case "au": (currency, order) = (.aud, .dayFirst)
    case "euro": (currency, order) = (.eur, .dayFirst)
    default: (currency, order) = (.gbp, .dayFirst)
    }
  }

  /// `1200.00 GBP` as money.
  static func money(_ labelled: String) -> Money? {
    let parts = labelled.split(separator: " ")
    guard parts.count == 2, let currency = Currency.known.first(where: { $0.code == parts[1] })
    else { return nil }
    return try? MoneyParser.parse(String(parts[0]), defaultCurrency: currency)
  }
}
