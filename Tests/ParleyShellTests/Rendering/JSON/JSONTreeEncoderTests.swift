import Foundation
import ParleyKit
import Testing

@testable import ParleyShell

@Suite("JSONOutput: one policy for every JSON output")
struct JSONTreeEncoderTests {
  enum Mood: String, Codable, CaseIterable {
    case promiseToPay
    case mediationOffered = "mediation-offered"
  }

  struct Sample: Encodable {
    let caseID: String
    let recordedAt: String
    let mood: Mood
    let note: String?
    let amount: Money?
    let moods: [Mood]
    let probability: Float
    let nested: Nested?
  }

  struct Nested: Encodable {
    let dueOn: Day?
  }

  func render(_ value: some Encodable) throws -> [String: Any] {
    let text = try JSONOutput.render(value)
    return try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test func keysAndEnumValuesAreSnakeCaseAndEveryKeyIsPresent() throws {
    let object = try render(
      Sample(
        caseID: "acme-ltd", recordedAt: "2026-12-04T10:00:00Z", mood: .promiseToPay, note: nil,
        amount: nil, moods: [.mediationOffered], probability: 0.63,
        nested: Nested(dueOn: nil)))
    #expect(
      Set(object.keys) == [
        "case_id", "recorded_at", "mood", "note", "amount", "moods", "probability", "nested",
        "schema_version",
      ])
    #expect(object["case_id"] as? String == "acme-ltd", "a text value is never changed")
    #expect(object["mood"] as? String == "promise_to_pay")
    #expect(object["moods"] as? [String] == ["mediation_offered"])
    #expect(object["note"] is NSNull && object["amount"] is NSNull)
    #expect((object["nested"] as? [String: Any])?["due_on"] is NSNull)
    #expect(object["schema_version"] as? Int == 1)
  }

  @Test func floatsKeepTheirShortestTextAndTheTextIsStable() throws {
    let text = try JSONOutput.render(
      Sample(
        caseID: "a", recordedAt: "b", mood: .promiseToPay, note: "line\nbreak \u{1B}[31m",
        amount: Money(minorUnits: 120_050, currency: .gbp), moods: [], probability: 0.63,
        nested: nil))
    #expect(text.contains("\"probability\": 0.63,"))
    #expect(text.contains(#""note": "line\nbreak \u001b[31m""#), "control characters escaped")
    #expect(text.contains("\"moods\": []"))
    #expect(
      text.contains("\"amount\": {\n    \"amount\": \"1200.50\",\n    \"currency\": \"GBP\"\n  }"))
    let keys = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map {
      String($0.dropFirst(3).prefix { $0 != "\"" })
    }
    #expect(keys == keys.sorted(), "keys sorted")
  }

  @Test func aListIsAnObjectWithItsNameAndTheSchemaVersion() throws {
    let text = try JSONOutput.render(
      [Nested(dueOn: Day(year: 2026, month: 12, day: 4))], as: "items")
    let object = try #require(
      JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(object["schema_version"] as? Int == 1)
    #expect((object["items"] as? [[String: Any]])?.first?["due_on"] as? String == "2026-12-04")
  }

  @Test(
    "snake_case of names as Swift and the journal write them",
    arguments: [
      ("recordedAt", "recorded_at"), ("caseID", "case_id"), ("URLValue", "url_value"),
      ("mediation-offered", "mediation_offered"), ("contact.logged", "contact_logged"),
      ("promiseToPay", "promise_to_pay"), ("sha256", "sha256"), ("already_snake", "already_snake"),
      ("NoPublicShaming", "no_public_shaming"),
    ])
  func snakeCased(name: String, expected: String) {
    #expect(name.snakeCased == expected)
  }
}
