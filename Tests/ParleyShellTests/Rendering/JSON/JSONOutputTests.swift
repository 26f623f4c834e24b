import Foundation
import Testing

@testable import ParleyShell

@Suite("JSON output: exact data, safe on a terminal")
struct JSONOutputTests {
  @Test("characters a terminal would obey are JSON escapes, and decode to the exact text")
  func escapes() throws {
    let note = "ESC \u{1B}]0;x\u{07} CSI \u{9B}31m DEL \u{7F} RLO \u{202E}txt \u{E01B}[31m £ 株 😀"
    let json = try JSONOutput.render(["note": note])
    #expect(TerminalText.safe(json) == json, "nothing left for the terminal filter to change")
    #expect(json.contains("\\u009b"))
    #expect(json.contains("\\u202e"))
    #expect(json.contains("£ 株 😀"))
    let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    #expect(decoded?["note"] as? String == note)
  }
}
