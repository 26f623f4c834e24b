import Foundation

/// Encodes any `Encodable` into a ``JSONValue`` under parley's JSON policy
/// (see ``JSONOutput``): keys and enum values in snake_case, and every
/// optional key present, as `null` when empty.
///
/// Foundation's `JSONEncoder` leaves out nil optionals and writes enum raw
/// values as they are; this encoder's keyed container writes `null` for
/// `encodeIfPresent(nil)`, and a `CaseIterable` enum with `String` raw
/// values is written as the snake_case form of its raw value.
struct JSONTreeEncoder: Encoder {
  let slot: JSONSlot
  let codingPath: [any CodingKey]
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  /// Encodes `value` into a tree.
  static func tree(of value: some Encodable) throws -> JSONValue {
    let root = JSONSlot()
    try encode(value, into: root, at: [])
    return root.resolved
  }

  /// Encodes `value` into `slot`: scalars and enums directly, anything else
  /// through its own `encode(to:)`.
  static func encode<Value: Encodable>(
    _ value: Value, into slot: JSONSlot, at codingPath: [any CodingKey]
  ) throws {
    if let scalar = scalar(value) {
      slot.set(scalar)
      return
    }
    try value.encode(to: JSONTreeEncoder(slot: slot, codingPath: codingPath))
  }

  /// The JSON for a value that is written as is: text, numbers, truth
  /// values, dates, and enums named by their raw text.
  private static func scalar(_ value: some Encodable) -> JSONValue? {
    switch value {
    case let text as String: return .string(text)
    case let truth as Bool: return .bool(truth)
    case let number as Int: return .integer(Int64(number))
    case let number as Int64: return .integer(number)
    case let number as Int32: return .integer(Int64(number))
    case let number as UInt32: return .integer(Int64(number))
    case let number as Double: return .number(number)
    // Float's own shortest text, so 0.63 is not written as 0.6299999952316284.
    case let number as Float: return .number(Double("\(number)") ?? Double(number))
    case let date as Date: return .string(date.ISO8601Format())
    default: break
    }
    if value is any CaseIterable, let raw = rawText(of: value) {
      return .string(raw.snakeCased)
    }
    return nil
  }

  private static func rawText(of value: some Encodable) -> String? {
    guard let representable = value as? any RawRepresentable else { return nil }
    return rawText(representable)
  }

  private static func rawText<Value: RawRepresentable>(_ value: Value) -> String? {
    value.rawValue as? String
  }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    slot.becomeObject()
    return KeyedEncodingContainer(JSONTreeKeyedContainer<Key>(slot: slot, codingPath: codingPath))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    slot.becomeArray()
    return JSONTreeUnkeyedContainer(slot: slot, codingPath: codingPath)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    JSONTreeSingleValueContainer(slot: slot, codingPath: codingPath)
  }
}
