/// Parses one JSON text (RFC 8259, strictly) into a ``JSONValue``.
///
/// Journal lines are read many thousands at a time, and Foundation's decoder
/// spent most of a large case's read building its own tree; this parser makes
/// the tree straight from the bytes. It refuses what JSON refuses: trailing
/// commas, control characters in strings, lone surrogates, bytes that are not
/// UTF-8, leading zeros, and anything after the value but white space.
struct JSONValueParser {
  /// Why a text is not JSON, and where.
  struct Failure: Error, Equatable, CustomStringConvertible {
    let offset: Int
    let problem: String
    var description: String { "\(problem) at byte \(offset + 1)" }
  }

  /// Deeper nesting than this is refused rather than risking the stack.
  static let maximumDepth = 256

  private let bytes: UnsafeBufferPointer<UInt8>
  private var index = 0
  private var depth = 0

  private init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
  }

  /// The value `bytes` hold, or why they are not one JSON text.
  static func parse(_ bytes: some Collection<UInt8>) -> Result<JSONValue, Failure> {
    let parsed = bytes.withContiguousStorageIfAvailable { parse(buffer: $0) }
    return parsed ?? Array(bytes).withUnsafeBufferPointer { parse(buffer: $0) }
  }

  private static func parse(buffer: UnsafeBufferPointer<UInt8>) -> Result<JSONValue, Failure> {
    var parser = JSONValueParser(buffer)
    do throws(Failure) {
      parser.skipSpace()
      let value = try parser.value()
      parser.skipSpace()
      guard parser.index == buffer.count else {
        throw parser.fail("unexpected text after the value")
      }
      return .success(value)
    } catch {
      return .failure(error)
    }
  }

  private func fail(_ problem: String) -> Failure {
    Failure(offset: index, problem: problem)
  }

  private mutating func skipSpace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09, 0x0A, 0x0D: index &+= 1
      default: return
      }
    }
  }

  private mutating func value() throws(Failure) -> JSONValue {
    guard index < bytes.count else { throw fail("the text ends where a value should be") }
    switch bytes[index] {
    case UInt8(ascii: "{"): return try object()
    case UInt8(ascii: "["): return try array()
    case UInt8(ascii: "\""): return .string(try string())
    case UInt8(ascii: "t"): return try literal("true", .bool(true))
    case UInt8(ascii: "f"): return try literal("false", .bool(false))
    case UInt8(ascii: "n"): return try literal("null", .null)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
    default: throw fail("unexpected character")
    }
  }

  private mutating func literal(_ word: StaticString, _ value: JSONValue) throws(Failure)
    -> JSONValue
  {
    let length = word.utf8CodeUnitCount
    guard index + length <= bytes.count else { throw fail("unexpected end of text") }
    for offset in 0..<length where bytes[index + offset] != word.utf8Start[offset] {
      throw fail("unexpected character")
    }
    index += length
    return value
  }

  private mutating func enter() throws(Failure) {
    depth += 1
    guard depth <= Self.maximumDepth else { throw fail("nested too deeply") }
  }

  private mutating func object() throws(Failure) -> JSONValue {
    try enter()
    index += 1
    var members: [(key: String, value: JSONValue)] = []
    skipSpace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
      index += 1
      depth -= 1
      return .object(members)
    }
    while true {
      skipSpace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
        throw fail("expected a member name in quotes")
      }
      let key = try string()
      skipSpace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
        throw fail("expected ':' after a member name")
      }
      index += 1
      skipSpace()
      members.append((key, try value()))
      skipSpace()
      guard index < bytes.count else { throw fail("unterminated object") }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      guard bytes[index] == UInt8(ascii: "}") else { throw fail("expected ',' or '}'") }
      index += 1
      depth -= 1
      return .object(members)
    }
  }

  private mutating func array() throws(Failure) -> JSONValue {
    try enter()
    index += 1
    var elements: [JSONValue] = []
    skipSpace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
      index += 1
      depth -= 1
      return .array(elements)
    }
    while true {
      skipSpace()
      elements.append(try value())
      skipSpace()
      guard index < bytes.count else { throw fail("unterminated array") }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      guard bytes[index] == UInt8(ascii: "]") else { throw fail("expected ',' or ']'") }
      index += 1
      depth -= 1
      return .array(elements)
    }
  }

  /// A number's text, checked against JSON's grammar.
  private mutating func number() throws(Failure) -> String {
    let start = index
    if bytes[index] == UInt8(ascii: "-") { index += 1 }
    guard index < bytes.count, isDigit(bytes[index]) else { throw fail("a number needs digits") }
    if bytes[index] == UInt8(ascii: "0") {
      index += 1
      if index < bytes.count, isDigit(bytes[index]) { throw fail("a number has a leading zero") }
    } else {
      skipDigits()
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      index += 1
      guard index < bytes.count, isDigit(bytes[index]) else {
        throw fail("a decimal point needs digits after it")
      }
      skipDigits()
    }
    if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
      index += 1
      if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")
      {
        index += 1
      }
      guard index < bytes.count, isDigit(bytes[index]) else {
        throw fail("an exponent needs digits")
      }
      skipDigits()
    }
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
  }

  private func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

  private mutating func skipDigits() {
    while index < bytes.count, isDigit(bytes[index]) { index += 1 }
  }

  /// A string's value: plain runs copied as they are, escapes decoded.
  private mutating func string() throws(Failure) -> String {
    index += 1
    var start = index
    var decoded: [UInt8] = []
    var escaped = false
    while index < bytes.count {
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "\""):
        let run = UnsafeBufferPointer(rebasing: bytes[start..<index])
        index += 1
        guard escaped else { return String(decoding: run, as: UTF8.self) }
        decoded.append(contentsOf: run)
        return String(decoding: decoded, as: UTF8.self)
      case UInt8(ascii: "\\"):
        decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
        escaped = true
        try escape(into: &decoded)
        start = index
      case 0..<0x20:
        throw fail("a control character inside a string")
      case 0..<0x80:
        index += 1
      default:
        try skipScalar()
      }
    }
    throw fail("unterminated string")
  }

  /// Decodes the escape at `index` (its backslash) into `out`.
  private mutating func escape(into out: inout [UInt8]) throws(Failure) {
    guard index + 1 < bytes.count else { throw fail("unterminated escape") }
    let letter = bytes[index + 1]
    index += 2
    switch letter {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(letter)
    case UInt8(ascii: "b"): out.append(0x08)
    case UInt8(ascii: "f"): out.append(0x0C)
    case UInt8(ascii: "n"): out.append(0x0A)
    case UInt8(ascii: "r"): out.append(0x0D)
    case UInt8(ascii: "t"): out.append(0x09)
    case UInt8(ascii: "u"):
      var value = try hexQuad()
      if (0xD800..<0xDC00).contains(value) {
        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
          bytes[index + 1] == UInt8(ascii: "u")
        else { throw fail("a lone surrogate escape") }
        index += 2
        let low = try hexQuad()
        guard (0xDC00..<0xE000).contains(low) else { throw fail("a lone surrogate escape") }
        value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
      } else if (0xDC00..<0xE000).contains(value) {
        throw fail("a lone surrogate escape")
      }
      guard let scalar = Unicode.Scalar(value) else { throw fail("an invalid escape") }
      out.append(contentsOf: Character(scalar).utf8)
    default:
      throw fail("an invalid escape")
    }
  }

  private mutating func hexQuad() throws(Failure) -> UInt32 {
    guard index + 4 <= bytes.count else { throw fail("unterminated escape") }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[index]
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - 0x30
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - 0x61 + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - 0x41 + 10
      default: throw fail("an invalid \\u escape")
      }
      value = value << 4 | UInt32(digit)
      index += 1
    }
    return value
  }

  /// Steps over one well-formed multi-byte UTF-8 scalar (no overlongs, no
  /// surrogates, nothing past U+10FFFF).
  private mutating func skipScalar() throws(Failure) {
    let lead = bytes[index]
    let length: Int
    var lowest: UInt8 = 0x80
    var highest: UInt8 = 0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0:
      length = 3
      lowest = 0xA0
    case 0xED:
      length = 3
      highest = 0x9F
    case 0xE1...0xEF: length = 3
    case 0xF0:
      length = 4
      lowest = 0x90
    case 0xF4:
      length = 4
      highest = 0x8F
    case 0xF1...0xF3: length = 4
    default: throw fail("bytes that are not UTF-8")
    }
    guard index + length <= bytes.count else { throw fail("bytes that are not UTF-8") }
    let second = bytes[index + 1]
    guard second >= lowest, second <= highest else { throw fail("bytes that are not UTF-8") }
    for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 {
      throw fail("bytes that are not UTF-8")
    }
    index += length
  }
}
