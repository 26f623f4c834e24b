import Testing

@testable import ParleyKit

/// Reply reading measured on replies written blind, frozen before any
/// development on them. Never tune against the blind set; once its misses are
/// studied it becomes a development set and a new one is written.
@Suite("Replies: the blind reply set (2026-12b) and the development set (2026-12)")
struct ReplyBlindSetTests {
  /// Floors a little under the figures measured on the blind set (see the README); not targets.
  static let blindFloors = ReplyFigures.Floors(kind: 0.92, amount: 0.84, date: 0.92)
  /// Floors a little under the figures first measured on the second blind set.
  static let secondBlindFloors = ReplyFigures.Floors(kind: 0.94, amount: 0.90, date: 0.93)
  /// Floors on the development sets, whose misses were studied: regressions only.
  static let developmentFloors = ReplyFigures.Floors(kind: 0.90, amount: 0.95, date: 0.95)

  @Test("blind set 2026-12b: kind by kind, promise amounts and dates, with 95% intervals")
  func blindFigures() throws {
    let replies = try CorpusFiles.blindReplies("2026-12b")
    #expect(replies.count >= 300)
    let figures = ReplyFigures(replies)
    print(figures.report(title: "Replies, blind set (2026-12b)"))
    figures.expect(Self.blindFloors)
  }

  @Test("blind set 2026-12c, two promises in three: the same figures")
  func secondBlindFigures() throws {
    let replies = try CorpusFiles.blindReplies("2026-12c")
    #expect(replies.count >= 150)
    let figures = ReplyFigures(replies)
    print(figures.report(title: "Replies, blind set (2026-12c)"))
    figures.expect(Self.secondBlindFloors)
  }

  @Test("development sets: the first blind replies and the promise set, as a regression floor")
  func developmentFigures() throws {
    let figures = ReplyFigures(try CorpusFiles.devReplies())
    print(figures.report(title: "Replies, development sets (2026-12, 2026-12-k)"))
    figures.expect(Self.developmentFloors)
  }
}

/// How well a set of labelled replies is read: kinds, and promises' amounts and days.
struct ReplyFigures {
  /// The least proportions a set must reach.
  struct Floors {
    let kind: Double
    let amount: Double
    let date: Double
  }

  var kind = WilsonInterval(successes: 0, trials: 0)
  var amount = WilsonInterval(successes: 0, trials: 0)
  var date = WilsonInterval(successes: 0, trials: 0)
  var byKind: [String: WilsonInterval] = [:]
  var confusions: [String: Int] = [:]

  /// Reads every reply as parley does (on 1 December 2026) and counts.
  init(_ replies: [CorpusReply]) {
    var right = 0
    var byKind: [String: (right: Int, total: Int)] = [:]
    var amounts = (right: 0, total: 0)
    var dates = (right: 0, total: 0)
    for reply in replies {
      let locale = CorpusLocale(reply.locale)
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
      if let labelled = reply.amount {
        amounts.total += 1
        if analysis.promise?.amount == CorpusLocale.money(labelled) { amounts.right += 1 }
      }
      if let labelled = reply.date {
        dates.total += 1
        if analysis.promise?.date?.iso == labelled { dates.right += 1 }
      }
    }
    kind = WilsonInterval(successes: right, trials: replies.count)
    amount = WilsonInterval(successes: amounts.right, trials: amounts.total)
    date = WilsonInterval(successes: dates.right, trials: dates.total)
    self.byKind = byKind.mapValues { WilsonInterval(successes: $0.right, trials: $0.total) }
  }

  /// The figures as printed lines.
  func report(title: String) -> String {
    var lines = [
      "\(title): \(kind.trials) replies",
      "  kind right      \(kind.summary)",
      "  promise amount  \(amount.summary)",
      "  promise date    \(date.summary)",
    ]
    for (name, interval) in byKind.sorted(by: { $0.key < $1.key }) {
      lines.append("  \(name): \(interval.summary)")
    }
    lines.append(
      "  confusions: "
        + confusions.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        .map { "\($0.key) \($0.value)" }.joined(separator: ", "))
    return lines.joined(separator: "\n")
  }

  /// Records an issue for each figure under its floor.
  func expect(_ floors: Floors) {
    #expect(kind.proportion >= floors.kind)
    #expect(amount.proportion >= floors.amount)
    #expect(date.proportion >= floors.date)
  }
}
