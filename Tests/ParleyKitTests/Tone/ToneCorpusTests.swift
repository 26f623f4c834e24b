import ParleyKit
import Testing

/// Measures the checker on the labelled corpus: recall on flagged drafts,
/// false alarms on calm ones, precision, and the categories found.
@Suite struct ToneCorpusTests {
  /// What the checker made of one draft.
  private struct Outcome {
    let draft: CorpusDraft
    let report: ToneReport

    var isFlagged: Bool { report.verdict != .send }
    var categories: Set<ToneCategory> {
      Set(report.findings.filter { $0.severity >= .warn }.map(\.category))
    }
  }

  private static let outcomes: [Outcome] = ToneCorpus.all.map {
    Outcome(draft: $0, report: ToneChecker.check($0.text, context: $0.context))
  }

  @Test func corpusHasAtLeast200DraftsOfBothKinds() {
    let all = ToneCorpus.all
    let flagged = all.filter(\.isFlagged).count
    #expect(all.count >= 200)
    #expect(flagged >= all.count * 2 / 5 && flagged <= all.count * 3 / 5)
    let covered = Set(all.flatMap(\.categories))
    #expect(
      covered == Set(ToneCategory.allCases),
      "missing \(Set(ToneCategory.allCases).subtracting(covered))")
  }

  @Test func recallAndFalseAlarmRateMeetTheBar() {
    let outcomes = Self.outcomes
    let flagged = outcomes.filter(\.draft.isFlagged)
    let calm = outcomes.filter { !$0.draft.isFlagged }
    let truePositives = flagged.filter(\.isFlagged).count
    let falsePositives = calm.filter(\.isFlagged).count
    let recall = Double(truePositives) / Double(flagged.count)
    let falseAlarmRate = Double(falsePositives) / Double(calm.count)
    let precision = Double(truePositives) / Double(max(1, truePositives + falsePositives))
    let exactVerdicts = outcomes.filter { $0.report.verdict == $0.draft.verdict }.count
    let expectedCategories = flagged.reduce(0) { $0 + $1.draft.categories.count }
    let foundCategories = flagged.reduce(0) {
      $0 + $1.draft.categories.intersection($1.categories).count
    }

    func percent(_ value: Double) -> String {
      let tenths = Int((value * 1000).rounded())
      return "\(tenths / 10).\(tenths % 10)%"
    }
    print(
      """
      Tone corpus: \(outcomes.count) drafts (\(flagged.count) flagged, \(calm.count) calm)
        precision         \(percent(precision))  (\(truePositives) of \(truePositives + falsePositives) flagged by the checker)
        recall            \(percent(recall))  (\(truePositives) of \(flagged.count) flagged drafts caught)
        false-alarm rate  \(percent(falseAlarmRate))  (\(falsePositives) of \(calm.count) calm drafts flagged)
        exact verdict     \(percent(Double(exactVerdicts) / Double(outcomes.count)))
        category recall   \(percent(Double(foundCategories) / Double(max(1, expectedCategories))))  (\(foundCategories) of \(expectedCategories))
      """)
    for outcome in outcomes where outcome.isFlagged != outcome.draft.isFlagged {
      let kind = outcome.draft.isFlagged ? "missed" : "false alarm"
      let found = outcome.report.findings.map { "\($0.ruleID)/\($0.severity) '\($0.span.text)'" }
      print("  \(kind): \(outcome.draft.text.prefix(70)) → \(found)")
    }
    #expect(recall >= 0.90, "recall \(percent(recall)) is under 90%")
    #expect(falseAlarmRate <= 0.05, "false-alarm rate \(percent(falseAlarmRate)) is over 5%")
  }

  @Test func missedCategoriesAreListed() {
    var misses: [String] = []
    for outcome in Self.outcomes where outcome.draft.isFlagged {
      let missing = outcome.draft.categories.subtracting(outcome.categories)
      if !missing.isEmpty {
        misses.append("  \(missing.map(\.rawValue).sorted()): \(outcome.draft.text.prefix(70))")
      }
    }
    if !misses.isEmpty { print("Categories not found:\n" + misses.joined(separator: "\n")) }
    #expect(misses.count * 10 <= Self.outcomes.filter(\.draft.isFlagged).count)
  }
}
