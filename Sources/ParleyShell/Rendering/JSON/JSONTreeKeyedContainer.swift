/// The keyed container of ``JSONTreeEncoder``: keys in snake_case, and
/// `encodeIfPresent(nil)` written as `null` so every key is present.
struct JSONTreeKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let slot: JSONSlot
  let codingPath: [any CodingKey]

  private func member(_ key: Key) -> JSONSlot { slot.member(key.stringValue.snakeCased) }

  mutating func encodeNil(forKey key: Key) throws { member(key).set(.null) }

  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    try JSONTreeEncoder.encode(value, into: member(key), at: codingPath + [key])
  }

  mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
    guard let value else { return try encodeNil(forKey: key) }
    try encode(value, forKey: key)
  }

  // The standard library's defaults for these skip nil; every one writes null here.
  mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws {
    try encodeIfPresent(value as Bool?, orNullFor: key)
  }
  mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws {
    try encodeIfPresent(value as String?, orNullFor: key)
  }
  mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws {
    try encodeIfPresent(value as Double?, orNullFor: key)
  }
  mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws {
    try encodeIfPresent(value as Float?, orNullFor: key)
  }
  mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws {
    try encodeIfPresent(value as Int?, orNullFor: key)
  }
  mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws {
    try encodeIfPresent(value.map(Int.init), orNullFor: key)
  }
  mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws {
    try encodeIfPresent(value.map(Int.init), orNullFor: key)
  }
  mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws {
    try encodeIfPresent(value.map(Int.init), orNullFor: key)
  }
  mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws {
    try encodeIfPresent(value as Int64?, orNullFor: key)
  }
  mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws {
    try encodeIfPresent(value.map { Int64(clamping: $0) }, orNullFor: key)
  }
  mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws {
    try encodeIfPresent(value.map(Int.init), orNullFor: key)
  }
  mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws {
    try encodeIfPresent(value.map(Int.init), orNullFor: key)
  }
  mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws {
    try encodeIfPresent(value.map(Int.init), orNullFor: key)
  }
  mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws {
    try encodeIfPresent(value.map { Int64(clamping: $0) }, orNullFor: key)
  }

  private mutating func encodeIfPresent<T: Encodable>(_ value: T?, orNullFor key: Key) throws {
    guard let value else { return try encodeNil(forKey: key) }
    try encode(value, forKey: key)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy keyType: NestedKey.Type, forKey key: Key
  ) -> KeyedEncodingContainer<NestedKey> {
    let nested = member(key)
    nested.becomeObject()
    return KeyedEncodingContainer(
      JSONTreeKeyedContainer<NestedKey>(slot: nested, codingPath: codingPath + [key]))
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    let nested = member(key)
    nested.becomeArray()
    return JSONTreeUnkeyedContainer(slot: nested, codingPath: codingPath + [key])
  }

  mutating func superEncoder() -> any Encoder {
    JSONTreeEncoder(slot: slot.member("super"), codingPath: codingPath)
  }

  mutating func superEncoder(forKey key: Key) -> any Encoder {
    JSONTreeEncoder(slot: member(key), codingPath: codingPath + [key])
  }
}
