import Testing

@testable import ParleyKit

/// Reply reading measured on replies written blind, frozen before any
/// development on them. Never tune against the blind set; once its misses are
/// studied it becomes a development set and a new one is written.
@Suite("Replies: the blind reply sets and the development sets")
struct ReplyBlindSetTests {
  /// Each blind set with its size and floors a little under the figures
  /// measured on it (see the README); not targets.
  static let blindSets: [(name: String, size: Int, floors: ReplyFigures.Floors)] = [
    ("2026-12d", 120, ReplyFigures.Floors(kind: 0.93, amount: 0.98, date: 0.96)),
    ("2026-12t", 150, ReplyFigures.Floors(kind: 0.97, amount: 0.97, date: 0.97)),
    ("2026-12u", 150, ReplyFigures.Floors(kind: 0.98, amount: 0.96, date: 0.96)),
  ]
  /// Floors on the development sets, whose misses were studied: regressions only.
  static let developmentFloors = ReplyFigures.Floors(kind: 0.96, amount: 0.975, date: 0.98)

  @Test(
    "blind sets: kind by kind, promise amounts and dates, with 95% intervals",
    arguments: blindSets.indices)
  func blindFigures(set: Int) throws {
    let (name, size, floors) = Self.blindSets[set]
    let replies = try CorpusFiles.blindReplies(name)
    #expect(replies.count == size)
    let figures = ReplyFigures(replies)
    print(figures.report(title: "Replies, blind set (\(name))"))
    figures.expect(floors)
  }

  @Test("development sets: the earlier blind replies and the promise set, as a regression floor")
  func developmentFigures() throws {
    let figures = ReplyFigures(try CorpusFiles.devReplies())
    print(
      figures.report(
        title: "Replies, development sets (2026-12, -k, -b … -s)"))
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
