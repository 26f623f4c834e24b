/// Reads little-endian values from a byte array, throwing at its end.
struct ByteReader {
  let bytes: [UInt8]
  var offset = 0

  mutating func take(_ count: Int) throws(ModelBundle.DecodingError) -> ArraySlice<UInt8> {
    guard count >= 0, count <= bytes.count - offset else { throw .truncated }
    defer { offset += count }
    return bytes[offset..<(offset + count)]
  }

  mutating func uint32() throws(ModelBundle.DecodingError) -> UInt32 {
    try take(4).reversed().reduce(0) { $0 << 8 | UInt32($1) }
  }

  mutating func float() throws(ModelBundle.DecodingError) -> Float {
    Float(bitPattern: try uint32())
  }

  mutating func string() throws(ModelBundle.DecodingError) -> String {
    let count = Int(try uint32())
    guard count <= 4096 else { throw .malformed("a string of \(count) bytes") }
    return String(decoding: try take(count), as: UTF8.self)
  }
}
