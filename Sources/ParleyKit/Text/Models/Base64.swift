/// Decodes standard base64 (RFC 4648, with `=` padding), as the compiled
/// model weights are stored.
///
/// Written here rather than through Foundation's `Data(base64Encoded:)`:
/// decoding the weights is on every check's start-up path, and a table
/// lookup per character takes a fraction of the time.
enum Base64 {
  /// Each ASCII byte's 6-bit value, or 0xFF for a byte outside the alphabet.
  private static let values: [UInt8] = {
    var table = [UInt8](repeating: 0xFF, count: 256)
    for (value, byte) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8
      .enumerated()
    {
      table[Int(byte)] = UInt8(value)
    }
    return table
  }()

  /// The bytes `text` encodes, or nil when it is not padded base64.
  static func decode(_ text: String) -> [UInt8]? {
    var text = text
    return text.withUTF8 { decode(utf8: $0) }
  }

  private static func decode(utf8 input: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
    guard input.count % 4 == 0 else { return nil }
    guard !input.isEmpty else { return [] }
    var padding = 0
    if input[input.count - 1] == UInt8(ascii: "=") { padding += 1 }
    if input[input.count - 2] == UInt8(ascii: "=") { padding += 1 }
    let length = input.count / 4 * 3 - padding
    var valid = true
    let output = values.withUnsafeBufferPointer { values in
      [UInt8](unsafeUninitializedCapacity: length) { output, initialized in
        // Every group but the last has no padding: three bytes each, no checks.
        let fullGroups = input.count / 4 - 1
        var invalid: UInt8 = 0
        for group in 0..<fullGroups {
          let index = group &* 4
          let a = values[Int(input[index])]
          let b = values[Int(input[index &+ 1])]
          let c = values[Int(input[index &+ 2])]
          let d = values[Int(input[index &+ 3])]
          invalid |= a | b | c | d
          let bits = UInt32(a) << 18 | UInt32(b) << 12 | UInt32(c) << 6 | UInt32(d)
          let out = group &* 3
          output[out] = UInt8(truncatingIfNeeded: bits >> 16)
          output[out &+ 1] = UInt8(truncatingIfNeeded: bits >> 8)
          output[out &+ 2] = UInt8(truncatingIfNeeded: bits)
        }
        let index = fullGroups * 4
        let a = values[Int(input[index])]
        let b = values[Int(input[index + 1])]
        let c = padding == 2 ? 0 : values[Int(input[index + 2])]
        let d = padding >= 1 ? 0 : values[Int(input[index + 3])]
        invalid |= a | b | c | d
        let bits = UInt32(a) << 18 | UInt32(b) << 12 | UInt32(c) << 6 | UInt32(d)
        let out = fullGroups * 3
        output[out] = UInt8(truncatingIfNeeded: bits >> 16)
        if padding < 2 { output[out + 1] = UInt8(truncatingIfNeeded: bits >> 8) }
        if padding < 1 { output[out + 2] = UInt8(truncatingIfNeeded: bits) }
        initialized = length
        valid = invalid & 0xC0 == 0
      }
    }
    return valid ? output : nil
  }
}
