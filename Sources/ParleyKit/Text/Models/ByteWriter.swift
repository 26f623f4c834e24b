/// Appends little-endian values to a byte array.
struct ByteWriter {
  var bytes: [UInt8] = []

  mutating func uint32(_ value: UInt32) {
    for shift in stride(from: 0, to: 32, by: 8) {
      bytes.append(UInt8(truncatingIfNeeded: value >> shift))
    }
  }

  mutating func float(_ value: Float) { uint32(value.bitPattern) }

  mutating func string(_ value: String) {
    let utf8 = Array(value.utf8)
    uint32(UInt32(utf8.count))
    bytes += utf8
  }
}
