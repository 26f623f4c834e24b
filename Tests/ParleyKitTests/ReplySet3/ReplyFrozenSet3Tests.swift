import Testing

@testable import ParleyKit

@Suite("Reply triage: frozen set 3, written blind by someone who never saw the rules")
struct ReplyFrozenSet3Tests {
  /// A regression floor a little under the measured accuracy; not a target.
  /// First measured at 82/106 = 0.77, then 85/106 = 0.80 after the rules were
  /// broadened by families from set 2's misses (this set was not looked at).
  static let minimumAccuracy = 0.77

  @Test("accuracy on the blind set is printed, per kind")
  func accuracyIsPrinted() throws {
    let today = try #require(Day(year: 2026, month: 11, day: 29))
    let samples = ReplyFrozenSet3.samples
    #expect(samples.count >= 96)
    var correct = 0
    var byKind: [String: (right: Int, total: Int)] = [:]
    var misses: [String] = []
    for sample in samples {
      let code = sample.amount?.split(separator: " ").last.map(String.init) ?? "GBP"
      let currency = Currency.named(code) ?? .gbp
      let got = ReplyClassifier.classify(
        sample.text, today: today, currency: currency, dateOrder: .dayFirst
      ).kind.rawValue
      let right = got == sample.kind
      correct += right ? 1 : 0
      byKind[sample.kind, default: (0, 0)].total += 1
      byKind[sample.kind, default: (0, 0)].right += right ? 1 : 0
      if !right { misses.append("  expected \(sample.kind), got \(got)") }
    }
    let accuracy = Double(correct) / Double(samples.count)
    var lines = [
      "Frozen set 3 (written blind): \(correct)/\(samples.count), accuracy "
        + String(format: "%.2f", accuracy)
    ]
    for kind in byKind.keys.sorted() {
      let entry = byKind[kind] ?? (0, 0)
      lines.append("  \(kind): \(entry.right)/\(entry.total)")
    }
    print(lines.joined(separator: "\n"))
    #expect(accuracy >= Self.minimumAccuracy)
  }
}
