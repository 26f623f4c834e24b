import Foundation
import Testing

@testable import ParleyKit

/// The weights' base64 decodes as Foundation's does, and bad text is refused.
@Suite("Base64: decoding the compiled weights")
struct Base64Tests {
  @Test("law: any bytes encoded by Foundation decode back to themselves")
  func roundTrip() {
    var random = SplitMix64(seed: 42)
    for length in 0..<200 {
      let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &random) }
      #expect(Base64.decode(Data(bytes).base64EncodedString()) == bytes, "length \(length)")
    }
  }

  @Test(
    "text that is not padded base64 is refused",
    arguments: ["A", "AB", "ABC", "AB=C", "A===", "ab!d", "abc\n", "ab cd"])
  func refuses(_ text: String) {
    #expect(Base64.decode(text) == nil)
  }

  @Test("the compiled weights decode as they did through Foundation")
  func compiledWeights() throws {
    for (family, text) in ModelWeights.families {
      let expected = try #require(Data(base64Encoded: text))
      #expect(Base64.decode(text) == [UInt8](expected), "\(family)")
    }
  }
}
