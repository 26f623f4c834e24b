import ParleyKit
import Testing

@testable import ParleyStore

/// Notes, contacts and payments are read without `Decodable`; these tests hold
/// the two paths to the same verdict on every input.
@Suite("JournalLine: the commonest events read directly")
struct JournalLineDirectEventsTests {
  /// The data of each direct type as parley writes it, member by member.
  static let plain: [String: [(key: String, value: JSONValue)]] = [
    "note": [("text", .string("sent the statement again"))],
    "payment.received": [
      ("amount", .object([("amount", .string("10.00")), ("currency", .string("GBP"))])),
      ("invoice", .string("INV-1")), ("on", .string("2026-10-01")),
    ],
    "contact.logged": [
      ("channel", .string("phone")), ("direction", .string("out")),
      ("fullText", .string("Hello")), ("on", .string("2026-10-01")),
      ("summary", .string("called")),
    ],
  ]

  /// Values a member can be damaged into.
  static let damage: [JSONValue] = [
    .null, .number("1"), .bool(true), .string(""), .string("2026-13-01"), .string("2026-1-01"),
    .string("xyz"), .string("in"), .string("email"), .string("10.001"), .string("-5.00"),
    .object([("amount", .string("1.5")), ("currency", .string("JPY"))]),
    .object([("amount", .string("1")), ("currency", .string("XXX"))]),
    .object([("currency", .string("GBP"))]), .array([]),
  ]

  private func decodable(_ type: String, _ data: JSONValue) -> CaseEvent? {
    try? CaseEvent(typeName: type, dataFrom: JSONValueDecoder(data))
  }

  @Test(
    "the plain form is read directly, to the same event",
    arguments: ["note", "payment.received", "contact.logged"])
  func plainForm(_ type: String) throws {
    let data = JSONValue.object(try #require(Self.plain[type]))
    let direct = try #require(JournalLine.directEvent(type: type, data: data))
    #expect(direct == decodable(type, data))
  }

  @Test("law: on 4,000 damaged data objects the direct read agrees with Decodable")
  func damagedDataAgrees() throws {
    var random = SplitMix64(seed: 2026_12_03)
    let types = Self.plain.keys.sorted()
    var directReads = 0
    for _ in 0..<4_000 {
      let type = types[Int(random.next() % UInt64(types.count))]
      var members = try #require(Self.plain[type])
      for _ in 0...(random.next() % 3) {
        let index = Int(random.next() % UInt64(members.count))
        switch random.next() % 4 {
        case 0: members.remove(at: index)
        case 1:
          members.append(
            (key: members[index].key, value: Self.damage.randomElement(using: &random)!))
        case 2: members.append((key: "extra", value: .string("ignored")))
        default: members[index].value = Self.damage.randomElement(using: &random)!
        }
        if members.isEmpty { break }
      }
      let data = JSONValue.object(members)
      let direct = JournalLine.directEvent(type: type, data: data)
      if direct != nil { directReads += 1 }
      #expect(direct == decodable(type, data), "\(type): \(members)")
    }
    #expect(directReads > 200, "too few damaged inputs stayed readable to compare")
  }

  @Test("other types and non-objects go through Decodable")
  func othersFallBack() {
    #expect(JournalLine.directEvent(type: "void", data: .object([("target", .number("1"))])) == nil)
    #expect(JournalLine.directEvent(type: "note", data: .string("text")) == nil)
  }
}
