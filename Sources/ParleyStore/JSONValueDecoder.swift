/// Decodes `Decodable` types from a parsed ``JSONValue``, throwing the same
/// `DecodingError`s Foundation's `JSONDecoder` would for the journal's types.
///
/// Integers are read exactly from their text; a number with a fraction or an
/// exponent is not an integer. Foundation's special cases (`Date`, `Data`,
/// `URL`, `Decimal`) are not needed by the journal and are not made.
struct JSONValueDecoder: Decoder {
  let value: JSONValue
  let codingPath: [any CodingKey]
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  init(_ value: JSONValue, codingPath: [any CodingKey] = []) {
    self.value = value
    self.codingPath = codingPath
  }

  /// Decodes a `T` from `bytes`, a JSON text.
  static func decode<T: Decodable>(_ type: T.Type, from bytes: some Collection<UInt8>) throws -> T {
    switch JSONValueParser.parse(bytes) {
    case .success(let value): return try JSONValueDecoder(value).decode(type)
    case .failure(let failure):
      throw DecodingError.dataCorrupted(
        .init(
          codingPath: [], debugDescription: "The given data was not valid JSON.",
          underlyingError: failure))
    }
  }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    guard case .object(let members) = value else {
      throw mismatch([String: Any].self, "an object")
    }
    return KeyedDecodingContainer(KeyedContainer<Key>(members: members, codingPath: codingPath))
  }

  func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
    guard case .array(let elements) = value else { throw mismatch([Any].self, "an array") }
    return UnkeyedContainer(elements: elements, codingPath: codingPath)
  }

  func singleValueContainer() throws -> any SingleValueDecodingContainer {
    SingleValueContainer(decoder: self)
  }

  private func mismatch(_ type: Any.Type, _ expected: String) -> DecodingError {
    DecodingError.typeMismatch(
      type,
      .init(
        codingPath: codingPath,
        debugDescription: "Expected \(expected) but found \(value.kindName) instead."))
  }

  /// The value as a `T`: strings, booleans and numbers directly, anything else
  /// through its own `init(from:)`.
  func decode<T: Decodable>(_ type: T.Type) throws -> T {
    if case .null = value, !(T.self is any ExpressibleByNilLiteral.Type) {
      throw DecodingError.valueNotFound(
        type, .init(codingPath: codingPath, debugDescription: "Expected \(T.self) but found null."))
    }
    if let primitive = try primitive(type) as? T { return primitive }
    return try T(from: self)
  }

  /// The value as a string, boolean or number when `type` is one; nil for other types.
  private func primitive(_ type: Any.Type) throws -> Any? {
    switch type {
    case is String.Type:
      guard case .string(let string) = value else { throw mismatch(type, "a string") }
      return string
    case is Bool.Type:
      guard case .bool(let bool) = value else { throw mismatch(type, "a boolean") }
      return bool
    case is Int.Type: return try integer(Int.self)
    case is Int64.Type: return try integer(Int64.self)
    case is Int32.Type: return try integer(Int32.self)
    case is UInt.Type: return try integer(UInt.self)
    case is UInt64.Type: return try integer(UInt64.self)
    case is UInt32.Type: return try integer(UInt32.self)
    case is Double.Type: return try floatingPoint()
    case is Float.Type: return Float(try floatingPoint())
    default: return nil
    }
  }

  private func integer<I: FixedWidthInteger>(_ type: I.Type) throws -> I {
    guard case .number(let text) = value else { throw mismatch(type, "a number") }
    guard let integer = I(text) else {
      throw DecodingError.dataCorrupted(
        .init(
          codingPath: codingPath,
          debugDescription: "Number \(text) is not a whole number that fits in \(I.self)."))
    }
    return integer
  }

  private func floatingPoint() throws -> Double {
    guard case .number(let text) = value, let number = Double(text) else {
      throw mismatch(Double.self, "a number")
    }
    return number
  }
}
