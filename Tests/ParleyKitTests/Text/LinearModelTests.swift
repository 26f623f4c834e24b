import Foundation
import Testing

@testable import ParleyKit

@Suite("LinearModel and ModelBundle: scoring, laws, the compact form")
struct LinearModelTests {
  private func randomModel(labels: Int, bits: Int = 8, seed: UInt64) -> LinearModel {
    var random = SeededGenerator(seed: seed)
    let hasher = FeatureHasher(dimensionBits: bits)
    let weights = (0..<(hasher.dimension * labels)).map { _ in
      Float.random(in: -3...3, using: &random)
    }
    let biases = (0..<labels).map { _ in Float.random(in: -1...1, using: &random) }
    return LinearModel(
      name: "test.\(labels)", labels: (0..<labels).map { "l\($0)" }, hasher: hasher,
      biases: biases, weights: weights, threshold: 0.7)
  }

  @Test("law: a multi-label model's probabilities are positive and sum to 1")
  func softmaxLaw() {
    let model = randomModel(labels: 5, seed: 3)
    var random = SeededGenerator(seed: 4)
    for _ in 0..<200 {
      let text = (0..<Int.random(in: 0...20, using: &random))
        .map { _ in ["pay", "now", "!!", "sorry", "court"].randomElement(using: &random) ?? "" }
        .joined(separator: " ")
      let probabilities = model.probabilities(DocumentFeatures(text, hasher: model.hasher).document)
      #expect(probabilities.allSatisfy { $0 > 0 && $0 <= 1 })
      #expect(abs(probabilities.reduce(0, +) - 1) < 1e-4)
    }
  }

  @Test("the logistic function is symmetric and safe at the extremes; exp is accurate")
  func logisticAndExp() {
    for score: Float in [-100, -20, -1, 0, 0.5, 3, 20, 100] {
      let value = LinearModel.logistic(score)
      #expect(value >= 0 && value <= 1)
      #expect(abs(value + LinearModel.logistic(-score) - 1) < 1e-6)
    }
    for value: Float in [-30, -5, -0.3, 0, 0.7, 4, 30] {
      #expect(abs(LinearModel.exp(value) / Float(Foundation.exp(Double(value))) - 1) < 1e-5)
    }
  }

  @Test(
    "a bundle survives its compact form: labels, thresholds and biases exactly, weights to half a step"
  )
  func roundTrip() throws {
    let models = [randomModel(labels: 1, seed: 1), randomModel(labels: 3, seed: 2)]
    let bundle = ModelBundle(models: models, trainingDigest: "abc123")
    let decoded = try ModelBundle(decoding: bundle.encoded())
    #expect(decoded.trainingDigest == "abc123")
    for model in models {
      let copy = try #require(decoded[model.name])
      #expect(copy.labels == model.labels)
      #expect(copy.threshold == model.threshold)
      #expect(copy.biases == model.biases)
      let step = (model.weights.map(abs).max() ?? 0) / 127
      #expect(zip(copy.weights, model.weights).allSatisfy { abs($0 - $1) <= step / 2 + 1e-6 })
    }
    #expect(decoded.encoded() == bundle.encoded())
  }

  @Test("law: every prefix of a bundle, and any other bytes, decode or throw: never a crash")
  func damagedBundles() {
    let bytes = ModelBundle(models: [randomModel(labels: 2, seed: 5)], trainingDigest: "d")
      .encoded()
    for length in stride(from: 0, to: bytes.count, by: 37) {
      #expect(throws: ModelBundle.DecodingError.self) {
        try ModelBundle(decoding: Array(bytes[0..<length]))
      }
    }
    #expect(throws: ModelBundle.DecodingError.notABundle) {
      try ModelBundle(decoding: Array("hello".utf8))
    }
    var wrongBits = bytes
    // The dimension bits follow the magic, the digest, the (empty) parameters,
    // the model count, the name "test.2" and the labels "l0" and "l1".
    let bitsOffset = 8 + (4 + 1) + 4 + 4 + (4 + 6) + 4 + (4 + 2) * 2
    #expect(wrongBits[bitsOffset] == 8)
    wrongBits[bitsOffset] = 40
    #expect(throws: ModelBundle.DecodingError.self) { try ModelBundle(decoding: wrongBits) }
  }
}
