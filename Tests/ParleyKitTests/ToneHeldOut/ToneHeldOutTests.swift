import Testing

@testable import ParleyKit

@Suite("Tone: held-out drafts, written blind by someone who never saw the rules")
struct ToneHeldOutTests {
  /// Regression floors a little under what was first measured (recall 56/64 =
  /// 87.5%, false alarms 5/62 = 8.1%, precision 91.8%); not targets. The
  /// issue's targets (recall at least 0.90, false alarms at most 0.05) are met
  /// on the labelled corpus, not yet here: this is the honest figure.
  static let minimumRecall = 0.85
  static let maximumFalseAlarmRate = 0.10

  @Test("recall, precision and the false-alarm rate on the blind set are printed")
  func metricsArePrinted() {
    let samples = ToneHeldOutSet.samples
    var caught = 0
    var missed: [String] = []
    var falseAlarms: [String] = []
    for sample in samples {
      let report = ToneChecker.check(sample.text)
      let flaggedByChecker = report.verdict != .send
      switch (sample.flagged, flaggedByChecker) {
      case (true, true): caught += 1
      case (true, false): missed.append(sample.categories.joined(separator: ","))
      case (false, true):
        falseAlarms.append(report.blocking.map(\.ruleID).joined(separator: ","))
      case (false, false): break
      }
    }
    let flagged = samples.filter(\.flagged).count
    let calm = samples.count - flagged
    let recall = flagged == 0 ? 1 : Double(caught) / Double(flagged)
    let falseAlarmRate = calm == 0 ? 0 : Double(falseAlarms.count) / Double(calm)
    let precision =
      caught + falseAlarms.count == 0 ? 1 : Double(caught) / Double(caught + falseAlarms.count)
    var lines = [
      "Tone held-out set (written blind): \(samples.count) drafts (\(flagged) flagged, \(calm) calm)",
      "  recall            \(percent(recall))  (\(caught) of \(flagged))",
      "  precision         \(percent(precision))",
      "  false-alarm rate  \(percent(falseAlarmRate))  (\(falseAlarms.count) of \(calm))",
    ]
    if !missed.isEmpty { lines.append("  missed (labelled): " + missed.joined(separator: "; ")) }
    if !falseAlarms.isEmpty {
      lines.append("  false alarms (rules): " + falseAlarms.joined(separator: "; "))
    }
    print(lines.joined(separator: "\n"))
    #expect(recall >= Self.minimumRecall)
    #expect(falseAlarmRate <= Self.maximumFalseAlarmRate)
  }

  private func percent(_ value: Double) -> String {
    let tenths = Int((value * 1000).rounded())
    return "\(tenths / 10).\(tenths % 10)%"
  }
}
