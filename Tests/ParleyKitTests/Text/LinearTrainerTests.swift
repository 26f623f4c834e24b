import Testing

@testable import ParleyKit

@Suite("LinearTrainer: learns, and learns the same way every time")
struct LinearTrainerTests {
  private let hasher = FeatureHasher(dimensionBits: 12)

  private func examples(_ labelled: [(String, Int)]) -> [TrainingExample] {
    labelled.map {
      TrainingExample(features: DocumentFeatures($0.0, hasher: hasher).document, label: $0.1)
    }
  }

  private let angry = [
    "I am furious with you", "you are a disgrace", "this is a disgrace, pay now",
    "furious does not cover it", "you useless lot", "what a disgrace",
  ]
  private let calm = [
    "thank you for your help", "could you let me know a date", "thanks, have a good week",
    "please find the invoice attached", "let me know if a plan helps", "thank you again",
  ]

  @Test("a binary model separates two kinds of text it was taught")
  func binary() {
    let model = LinearTrainer(epochs: 20).train(
      examples(angry.map { ($0, 1) } + calm.map { ($0, 0) }), name: "toy", labels: ["angry"],
      hasher: hasher)
    let score = { (text: String) in
      model.probabilities(DocumentFeatures(text, hasher: hasher).document)[0]
    }
    #expect(score("what a disgrace, I am furious") > 0.8)
    #expect(score("thank you, could you let me know") < 0.2)
  }

  @Test("a softmax model picks the right one of three kinds")
  func multinomial() {
    let data = [
      ("I will pay on Friday", 0), ("payment goes out tomorrow", 0), ("I will pay it today", 0),
      ("we dispute this invoice", 1), ("the work was not done", 1), ("this amount is wrong", 1),
      ("out of office until Monday", 2), ("I am away, back next week", 2), ("out of office", 2),
    ]
    let model = LinearTrainer(epochs: 30).train(
      examples(data), name: "toy3", labels: ["promise", "dispute", "away"], hasher: hasher)
    let best = { (text: String) -> String in
      let probabilities = model.probabilities(DocumentFeatures(text, hasher: hasher).document)
      return model.labels[probabilities.indices.max { probabilities[$0] < probabilities[$1] } ?? 0]
    }
    #expect(best("I will pay on Monday") == "promise")
    #expect(best("the amount is wrong, we dispute it") == "dispute")
    #expect(best("out of office, back Monday") == "away")
  }

  @Test("the same data and seed give the same weights; another seed may not")
  func deterministic() {
    let data = examples(angry.map { ($0, 1) } + calm.map { ($0, 0) })
    let first = LinearTrainer(seed: 7).train(data, name: "a", labels: ["x"], hasher: hasher)
    let second = LinearTrainer(seed: 7).train(data, name: "a", labels: ["x"], hasher: hasher)
    #expect(first.weights == second.weights)
    #expect(first.biases == second.biases)
  }
}
