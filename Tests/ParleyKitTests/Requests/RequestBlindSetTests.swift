import Foundation
import Testing

@testable import ParleyKit

/// Plain words measured on requests written blind (by a writer who saw only
/// the labelling guide), frozen before the model was first trained. Never
/// tune against it; once its misses are studied it becomes a development set.
@Suite("Plain words: the blind request set")
struct RequestBlindSetTests {
  /// Floors a little under the figures first measured (see the README); not targets.
  static let intentFloor = 0.90

  @Test("blind set: the intent (and so the command) of 220 requests, with a 95% interval")
  func blindFigures() throws {
    let requests = try JSONLines.decode(
      CorpusRequest.self,
      from: Data(
        contentsOf: CorpusFiles.blindSets.appendingPathComponent("requests-2026-12.jsonl")))
    #expect(requests.count == 220)
    let model = try #require(IntentModel.builtIn)
    var right = 0
    var topTwo = 0
    var confusions: [String: Int] = [:]
    for request in requests {
      let ranked = model.probabilities(request.text)
      if ranked.first?.intent.rawValue == request.intent {
        right += 1
      } else {
        confusions["\(request.intent)→\(ranked.first?.intent.rawValue ?? "?")", default: 0] += 1
      }
      if ranked.prefix(2).contains(where: { $0.intent.rawValue == request.intent }) { topTwo += 1 }
    }
    let intent = WilsonInterval(successes: right, trials: requests.count)
    let offered = WilsonInterval(successes: topTwo, trials: requests.count)
    print(
      "Requests, blind set (2026-12): intent right \(intent.summary), in the top two "
        + offered.summary)
    print("  confusions: \(confusions.sorted { $0.value > $1.value }.prefix(12))")
    #expect(intent.proportion >= Self.intentFloor, "\(intent)")
  }
}
