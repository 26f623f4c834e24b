import Foundation
import ParleyKit
import Testing

@testable import ParleyStore

/// The journal's JSON parser accepts exactly what JSON accepts: checked against
/// Foundation's parser on edge cases and on thousands of damaged journal lines.
@Suite("JSONValueParser: strict JSON, as Foundation reads it")
struct JSONValueParserTests {
  /// Whether Foundation's parser accepts `bytes` as one JSON text.
  private func foundationAccepts(_ bytes: [UInt8]) -> Bool {
    (try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])) != nil
  }

  private func accepts(_ bytes: [UInt8]) -> Bool {
    if case .success = JSONValueParser.parse(bytes) { return true }
    return false
  }

  @Test(
    "edge cases: the same verdict as Foundation",
    arguments: [
      #"{}"#, #"[]"#, #" {"a":1} "#, #"[01]"#, #"[-0]"#, #"[1.]"#,
      #"[.5]"#, #"[1e5]"#, #"[1E+5]"#, #"[1e]"#, #"[-]"#, #"[tru]"#, #"[true]"#, #"[null]"#,
      #"{"a" 1}"#, #"{a:1}"#, #"{"a":1}x"#, #""\u00e9""#, #""\ud83d\ude00""#, #""\x""#,
      #""a"#, "\"\u{7}\"", #"{"a":{"b":[1,2,{"c":"d"}]}}"#, #""\/\b\f\n\r\t\"\\""#,
      #"[1 2]"#, "", " ", #"{"a":1 "b":2}"#, #"[-01]"#, #"["\u12"]"#, #"{"":""}"#,
    ])
  func edgeCases(_ text: String) {
    let bytes = Array(text.utf8)
    #expect(accepts(bytes) == foundationAccepts(bytes), "\(text)")
  }

  @Test("a trailing comma is refused, as RFC 8259 says (Foundation lets it pass)")
  func trailingComma() {
    #expect(!accepts(Array(#"{"a":1,}"#.utf8)))
    #expect(!accepts(Array(#"[1,]"#.utf8)))
  }

  @Test("bytes that are not UTF-8 inside a string are refused")
  func invalidUTF8() {
    for bad: [UInt8] in [
      [0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xE2, 0x82], [0xF5, 0x80, 0x80, 0x80],
    ] {
      #expect(!accepts([0x22] + bad + [0x22]), "\(bad)")
    }
    #expect(accepts([0x22, 0xE2, 0x82, 0xAC, 0x22]))  // "€"
  }

  @Test("nesting deeper than the limit is refused, not a crash")
  func deepNesting() {
    let deep = Array(repeating: UInt8(ascii: "["), count: 100_000)
    #expect(!accepts(deep))
    let fine = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
    #expect(accepts(Array(fine.utf8)))
  }

  @Test("law: damaged journal lines get the same verdict as from Foundation")
  func damagedLinesAgree() throws {
    var random = SplitMix64(seed: 2026_12_03)
    let lines = try SampleJournalLines.all()
    let alphabet = Array(#"{}[]":,\.-+eE0123456789 tfnu"#.utf8) + [0x00, 0x0A, 0xC3, 0xA9, 0xFF]
    var disagreements: [String] = []
    for round in 0..<3_000 {
      var bytes = lines[round % lines.count]
      for _ in 0..<Int.random(in: 1...3, using: &random) {
        let at = Int.random(in: 0..<bytes.count, using: &random)
        switch Int.random(in: 0..<3, using: &random) {
        case 0: bytes.remove(at: at)
        case 1: bytes.insert(alphabet.randomElement(using: &random) ?? 0x20, at: at)
        default: bytes[at] = alphabet.randomElement(using: &random) ?? 0x20
        }
        if bytes.isEmpty { break }
      }
      if accepts(bytes) != foundationAccepts(bytes) {
        disagreements.append(String(decoding: bytes, as: UTF8.self))
      }
    }
    #expect(disagreements.isEmpty, "\(disagreements.prefix(3))")
  }
}
