import Testing

@testable import ParleyKit

@Suite("FeatureHasher: hashed n-grams and features of form")
struct FeatureHasherTests {
  private let hasher = FeatureHasher(dimensionBits: 12)

  private func folded(_ text: String) -> String {
    var bytes = Array(text.utf8)
    var folded: [UInt8] = []
    bytes.withUnsafeMutableBufferPointer {
      FeatureHasher.fold(UnsafeBufferPointer($0), 0..<$0.count, into: &folded)
    }
    return String(decoding: folded, as: UTF8.self)
  }

  @Test("folding lower-cases, reads digits as 0, straightens quotes and dashes, squeezes spaces")
  func folding() {
    #expect(
      folded("Hello  WORLD\n2026 ’quoted’ — “fine”") == " hello world 0000 'quoted' - \"fine\" ")
    #expect(folded("Café…") == " café… ")
    #expect(folded("") == " ")
  }

  @Test("n-grams ignore case; capitals show only in the features of form")
  func caseFolding() {
    let loud = DocumentFeatures("PAY NOW", hasher: hasher).document
    let quiet = DocumentFeatures("pay now", hasher: hasher).document
    #expect(loud.ngrams == quiet.ngrams)
    #expect(loud.form.contains(hasher.formIndex("caps:most")) == false)  // under 8 letters
    let shouted = DocumentFeatures("PAY THE INVOICE NOW", hasher: hasher).document
    #expect(shouted.form.contains(hasher.formIndex("caps:most")))
    #expect(shouted.form.contains(hasher.formIndex("capsword:3")))
  }

  @Test("runs of ! and ? are features of form; a single mark is not")
  func punctuationRuns() {
    let features = { (text: String) in DocumentFeatures(text, hasher: hasher).document.form }
    #expect(features("Pay it!!").contains(hasher.formIndex("bang:1")))
    #expect(!features("Pay it!").contains(hasher.formIndex("bang:1")))
    #expect(features("Really?? Why??").contains(hasher.formIndex("query:2")))
  }

  @Test("law: every index is inside the dimension, and the same text gives the same features")
  func indicesLaw() {
    var random = SeededGenerator(seed: 12)
    let pieces = ["Pay", "NOW", "!!", "é", "👍", "’", "\n", ">", " ", "12.50", "—", "\u{0}", "ß"]
    for _ in 0..<300 {
      let text = (0..<Int.random(in: 0...40, using: &random))
        .map { _ in pieces.randomElement(using: &random) ?? "" }.joined()
      let features = DocumentFeatures(text, hasher: hasher)
      for index in features.document.ngrams + features.document.form {
        #expect((0..<Int32(hasher.dimension)).contains(index))
      }
      #expect(DocumentFeatures(text, hasher: hasher).document == features.document)
    }
  }

  @Test("quoted lines are someone else's words and carry no features")
  func quotedLinesAreLeftOut() {
    let text =
      "Thanks for your reply.\n> You are a crook.\n> Don't email me again.\nI'd like to resolve this."
    let features = DocumentFeatures(text, hasher: hasher)
    #expect(
      features.sentences.map { $0.segment.text(in: text) } == [
        "Thanks for your reply.", "I'd like to resolve this.",
      ])
  }
}
