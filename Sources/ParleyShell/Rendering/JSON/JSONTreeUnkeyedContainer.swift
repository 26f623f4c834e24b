/// The unkeyed (array) container of ``JSONTreeEncoder``.
struct JSONTreeUnkeyedContainer: UnkeyedEncodingContainer {
  let slot: JSONSlot
  let codingPath: [any CodingKey]

  var count: Int { slot.elementCount }

  mutating func encodeNil() throws { slot.appendElement().set(.null) }

  mutating func encode<T: Encodable>(_ value: T) throws {
    try JSONTreeEncoder.encode(value, into: slot.appendElement(), at: codingPath)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
    -> KeyedEncodingContainer<NestedKey>
  {
    let nested = slot.appendElement()
    nested.becomeObject()
    return KeyedEncodingContainer(
      JSONTreeKeyedContainer<NestedKey>(slot: nested, codingPath: codingPath))
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    let nested = slot.appendElement()
    nested.becomeArray()
    return JSONTreeUnkeyedContainer(slot: nested, codingPath: codingPath)
  }

  mutating func superEncoder() -> any Encoder {
    JSONTreeEncoder(slot: slot.appendElement(), codingPath: codingPath)
  }
}
