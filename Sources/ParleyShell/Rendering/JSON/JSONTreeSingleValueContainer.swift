/// The single-value container of ``JSONTreeEncoder``.
struct JSONTreeSingleValueContainer: SingleValueEncodingContainer {
  let slot: JSONSlot
  let codingPath: [any CodingKey]

  mutating func encodeNil() throws { slot.set(.null) }

  mutating func encode<T: Encodable>(_ value: T) throws {
    try JSONTreeEncoder.encode(value, into: slot, at: codingPath)
  }
}
