import Testing

@testable import ParleyKit

/// Accuracy over the labelled corpus, printed so it shows in `swift test` output.
@Suite("Reply triage: accuracy over the labelled corpus")
struct ReplyCorpusTests {
  /// The accuracy below which the suite fails.
  static let minimumAccuracy = 0.85
  /// The accuracy below which the unseen set fails: a regression floor a little
  /// under the measured 48/48, not a target. The set scored 0.38 against the
  /// rules it was written after; the third round of rules was broadened after
  /// reading its misses, so it is no longer an honest estimate (``frozen2`` is).
  static let minimumUnseenAccuracy = 0.95
  /// The accuracy below which set 2 fails: a regression floor a little under
  /// the measured 88/88, not a target. The set scored 54/88 = 0.61 blind; its
  /// misses were then read for the fourth round (families of phrasing, see the
  /// `ReplySignal+*.swift` catalogues), so it is now a development set and no
  /// longer an honest estimate; set 3, written blind, is.
  static let minimumFrozen2Accuracy = 0.97

  @Test("the corpus has at least 120 replies and every kind is well represented")
  func corpusIsLargeAndBalanced() {
    let corpus = ReplyCorpus.all
    #expect(corpus.count >= 120)
    for kind in ReplyKind.allCases {
      #expect(corpus.filter { $0.kind == kind }.count >= 12, "too few \(kind.rawValue) replies")
    }
  }

  @Test("kind accuracy is at least 0.85; the confusion summary is printed")
  func kindAccuracy() {
    let corpus = ReplyCorpus.all
    var confusion: [ReplyKind: [ReplyKind: Int]] = [:]
    var misses: [String] = []
    for reply in corpus {
      let got = reply.classify().kind
      confusion[reply.kind, default: [:]][got, default: 0] += 1
      if got != reply.kind {
        misses.append(
          "  expected \(reply.kind.rawValue), got \(got.rawValue): \(reply.testDescription)")
      }
    }
    let correct = corpus.count - misses.count
    let accuracy = Double(correct) / Double(corpus.count)
    var report = [
      "Reply triage: \(correct)/\(corpus.count) correct, accuracy \(Self.format(accuracy))"
    ]
    report += Self.confusionSummary(confusion)
    print((report + misses).joined(separator: "\n"))
    #expect(accuracy >= Self.minimumAccuracy)
  }

  @Test("promised amounts and days are extracted; the accuracy is printed")
  func promiseExtraction() {
    let promises = ReplyCorpus.all.filter { $0.kind == .promiseToPay }
    var amountsRight = 0
    var datesRight = 0
    var misses: [String] = []
    for reply in promises {
      let promise = reply.classify().promise
      if promise?.amount == reply.expectedAmount {
        amountsRight += 1
      } else {
        misses.append(
          "  amount \(reply.amount ?? "none"), got \(promise?.amountText ?? "none"): \(reply.testDescription)"
        )
      }
      if promise?.date?.iso == reply.date {
        datesRight += 1
      } else {
        misses.append(
          "  date \(reply.date ?? "none"), got \(promise?.date?.iso ?? "none") from \(promise?.dateText ?? "nothing"): \(reply.testDescription)"
        )
      }
    }
    let amountAccuracy = Double(amountsRight) / Double(promises.count)
    let dateAccuracy = Double(datesRight) / Double(promises.count)
    print(
      ([
        "Promise extraction over \(promises.count) promises: amount \(Self.format(amountAccuracy)), day \(Self.format(dateAccuracy))"
      ]
        + misses).joined(separator: "\n"))
    #expect(amountAccuracy >= 0.9)
    #expect(dateAccuracy >= 0.9)
  }

  @Test("dispute topics are read; the accuracy is printed")
  func disputeTopics() {
    let disputes = ReplyCorpus.all.filter { $0.topic != nil }
    var right = 0
    var misses: [String] = []
    for reply in disputes {
      let analysis = reply.classify()
      if analysis.disputeTopic == reply.topic {
        right += 1
      } else {
        misses.append(
          "  expected \(reply.topic?.rawValue ?? "-"), got \(analysis.disputeTopic?.rawValue ?? "none"): \(reply.testDescription)"
        )
      }
    }
    let accuracy = Double(right) / Double(disputes.count)
    print(
      (["Dispute topics over \(disputes.count) disputes: \(Self.format(accuracy))"] + misses)
        .joined(separator: "\n"))
    #expect(accuracy >= 0.8)
  }

  @Test("held-out replies: the first set (tuned against once) and the unseen set are printed")
  func heldOutAccuracy() {
    let heldOut = Self.accuracy(
      of: ReplyCorpus.heldOut, named: "Held-out set 1 (used for one round of broadening)")
    let unseen = Self.accuracy(
      of: ReplyCorpus.unseen, named: "Unseen set (its misses were read for the third round)")
    #expect(heldOut >= Self.minimumAccuracy)
    #expect(unseen >= Self.minimumUnseenAccuracy)
  }

  @Test("set 2 (blind 0.61, now a development set): accuracy and confusion are printed")
  func frozen2Accuracy() {
    #expect(ReplyCorpus.frozen2.count >= 80)
    for kind in ReplyKind.allCases {
      #expect(ReplyCorpus.frozen2.filter { $0.kind == kind }.count >= 8, "\(kind.rawValue)")
    }
    let accuracy = Self.accuracy(
      of: ReplyCorpus.frozen2, named: "Set 2 (blind 54/88; its misses were read for round 4)")
    #expect(accuracy >= Self.minimumFrozen2Accuracy)
  }

  /// Classifies `corpus`, prints the accuracy, a per-kind confusion summary and
  /// the misses, returns the accuracy.
  static func accuracy(of corpus: [LabelledReply], named name: String) -> Double {
    var confusion: [ReplyKind: [ReplyKind: Int]] = [:]
    var misses: [String] = []
    for reply in corpus {
      let got = reply.classify().kind
      confusion[reply.kind, default: [:]][got, default: 0] += 1
      if got != reply.kind {
        misses.append(
          "  expected \(reply.kind.rawValue), got \(got.rawValue): \(reply.testDescription)")
      }
    }
    let accuracy = Double(corpus.count - misses.count) / Double(corpus.count)
    print(
      (["\(name): \(corpus.count - misses.count)/\(corpus.count), accuracy \(format(accuracy))"]
        + confusionSummary(confusion) + misses).joined(separator: "\n"))
    return accuracy
  }

  /// One line per expected kind: how many were read right, and what the rest were read as.
  static func confusionSummary(_ confusion: [ReplyKind: [ReplyKind: Int]]) -> [String] {
    ReplyKind.allCases.compactMap { kind in
      guard let row = confusion[kind] else { return nil }
      let total = row.values.reduce(0, +)
      let wrong = row.filter { $0.key != kind }.sorted {
        ($1.value, $0.key.rawValue) < ($0.value, $1.key.rawValue)
      }
      .map { "\($0.key.rawValue) \($0.value)" }
      let tail = wrong.isEmpty ? "" : "  (as " + wrong.joined(separator: ", ") + ")"
      return "  \(kind.rawValue): \(row[kind] ?? 0)/\(total)\(tail)"
    }
  }

  /// `0.912` as `0.91`.
  static func format(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    let fraction = hundredths % 100
    return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
  }
}
