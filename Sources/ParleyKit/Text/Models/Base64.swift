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
    var padding = 0
    if input.count >= 1, input[input.count - 1] == UInt8(ascii: "=") { padding += 1 }
    if input.count >= 2, input[input.count - 2] == UInt8(ascii: "=") { padding += 1 }
    let length = input.count / 4 * 3 - padding
    var output = [UInt8](repeating: 0, count: length)
    let valid = values.withUnsafeBufferPointer { values in
      output.withUnsafeMutableBufferPointer { output in
        var written = 0
        var index = 0
        while index < input.count {
          let a = values[Int(input[index])]
          let b = values[Int(input[index + 1])]
          let last = index + 4 == input.count
          let c = last && padding == 2 ? 0 : values[Int(input[index + 2])]
          let d = last && padding >= 1 ? 0 : values[Int(input[index + 3])]
          guard (a | b | c | d) & 0xC0 == 0 else { return false }
          let group = UInt32(a) << 18 | UInt32(b) << 12 | UInt32(c) << 6 | UInt32(d)
          output[written] = UInt8(truncatingIfNeeded: group >> 16)
          if written + 1 < length { output[written + 1] = UInt8(truncatingIfNeeded: group >> 8) }
          if written + 2 < length { output[written + 2] = UInt8(truncatingIfNeeded: group) }
          written += 3
          index += 4
        }
        return true
      }
    }
    return valid ? output : nil
  }
}
