extension JSONValueDecoder {
  /// A key made from an array index, for coding paths.
  struct IndexKey: CodingKey {
    let intValue: Int?
    var stringValue: String { "Index \(intValue ?? 0)" }
    init(intValue: Int) { self.intValue = intValue }
    init?(stringValue: String) { nil }
  }

  /// An object's members, looked up by key.
  struct KeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let members: [(key: String, value: JSONValue)]
    let codingPath: [any CodingKey]

    var allKeys: [Key] { members.compactMap { Key(stringValue: $0.key) } }

    func contains(_ key: Key) -> Bool { lookup(key) != nil }

    private func lookup(_ key: Key) -> JSONValue? {
      members.last { $0.key == key.stringValue }?.value
    }

    private func child(_ key: Key) throws -> JSONValueDecoder {
      guard let value = lookup(key) else {
        throw DecodingError.keyNotFound(
          key,
          .init(
            codingPath: codingPath,
            debugDescription: "No value associated with key \"\(key.stringValue)\"."))
      }
      return JSONValueDecoder(value, codingPath: codingPath + [key])
    }

    func decodeNil(forKey key: Key) throws -> Bool {
      guard case .null = try child(key).value else { return false }
      return true
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
      try child(key).decode(type)
    }

    // The common primitives, read without a child decoder or a dynamic cast.
    func decode(_ type: String.Type, forKey key: Key) throws -> String {
      if let value = lookup(key), case .string(let string) = value { return string }
      return try child(key).decode(type)
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool {
      if let value = lookup(key), case .bool(let bool) = value { return bool }
      return try child(key).decode(type)
    }

    func decode(_ type: Int.Type, forKey key: Key) throws -> Int {
      if let value = lookup(key), case .number(let text) = value, let integer = Int(text) {
        return integer
      }
      return try child(key).decode(type)
    }

    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
      guard let value = lookup(key) else { return nil }
      if case .string(let string) = value { return string }
      if case .null = value { return nil }
      return try JSONValueDecoder(value, codingPath: codingPath + [key]).decode(type)
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
      guard let value = lookup(key) else { return nil }
      if case .null = value { return nil }
      return try JSONValueDecoder(value, codingPath: codingPath + [key]).decode(type)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key)
      throws -> KeyedDecodingContainer<NestedKey>
    {
      try child(key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
      try child(key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
      JSONValueDecoder(Key(stringValue: "super").flatMap(lookup) ?? .null, codingPath: codingPath)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
      JSONValueDecoder(lookup(key) ?? .null, codingPath: codingPath + [key])
    }
  }

  /// An array's elements, read in order.
  struct UnkeyedContainer: UnkeyedDecodingContainer {
    let elements: [JSONValue]
    let codingPath: [any CodingKey]
    private(set) var currentIndex = 0

    init(elements: [JSONValue], codingPath: [any CodingKey]) {
      self.elements = elements
      self.codingPath = codingPath
    }

    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }

    private mutating func next(_ type: Any.Type) throws -> JSONValueDecoder {
      guard !isAtEnd else {
        throw DecodingError.valueNotFound(
          type,
          .init(
            codingPath: codingPath + [IndexKey(intValue: currentIndex)],
            debugDescription: "Unkeyed container is at end."))
      }
      let decoder = JSONValueDecoder(
        elements[currentIndex], codingPath: codingPath + [IndexKey(intValue: currentIndex)])
      currentIndex += 1
      return decoder
    }

    mutating func decodeNil() throws -> Bool {
      guard !isAtEnd, case .null = elements[currentIndex] else { return false }
      currentIndex += 1
      return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
      try next(type).decode(type)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
      -> KeyedDecodingContainer<NestedKey>
    {
      try next(type).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
      try next([Any].self).unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder {
      try next(Any.self)
    }
  }

  /// One value, read as a whole.
  struct SingleValueContainer: SingleValueDecodingContainer {
    let decoder: JSONValueDecoder
    var codingPath: [any CodingKey] { decoder.codingPath }

    func decodeNil() -> Bool {
      guard case .null = decoder.value else { return false }
      return true
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
      try decoder.decode(type)
    }

    func decode(_ type: String.Type) throws -> String {
      if case .string(let string) = decoder.value { return string }
      return try decoder.decode(type)
    }
  }
}
