/// The encodings a sending mailer applies, written independently of the
/// reader so the round-trip laws test the reader against the standards.
enum MailTestEncoder {
  private static let alphabet = Array(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

  /// Base64 with lines of `lineLength` characters (0 for one line).
  static func base64(_ bytes: [UInt8], lineLength: Int = 76) -> String {
    var out: [UInt8] = []
    var index = 0
    while index < bytes.count {
      let chunk = Array(bytes[index..<min(index + 3, bytes.count)])
      let value =
        UInt32(chunk[0]) << 16 | UInt32(chunk.count > 1 ? chunk[1] : 0) << 8
        | UInt32(chunk.count > 2 ? chunk[2] : 0)
      for position in 0..<4 {
        if position <= chunk.count {
          out.append(alphabet[Int(value >> UInt32(18 - 6 * position) & 63)])
        } else {
          out.append(UInt8(ascii: "="))
        }
      }
      index += 3
    }
    guard lineLength > 0 else { return String(decoding: out, as: UTF8.self) }
    var lines: [String] = []
    var start = 0
    while start < out.count {
      lines.append(String(decoding: out[start..<min(start + lineLength, out.count)], as: UTF8.self))
      start += lineLength
    }
    return lines.joined(separator: "\r\n")
  }

  /// Quoted-printable body text with soft line breaks at 76 characters.
  static func quotedPrintable(_ text: String) -> String {
    var lines: [String] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var encoded: [String] = []
      for byte in line.utf8 {
        if (33...126).contains(byte) && byte != UInt8(ascii: "=") || byte == 0x20 {
          encoded.append(String(UnicodeScalar(byte)))
        } else {
          encoded.append(hex(byte))
        }
      }
      if encoded.last == " " { encoded[encoded.count - 1] = "=20" }
      var current = ""
      for piece in encoded {
        if current.count + piece.count > 75 {
          lines.append(current + "=")
          current = ""
        }
        current += piece
      }
      lines.append(current)
    }
    return lines.joined(separator: "\r\n")
  }

  /// An RFC 2047 Q-encoded word in UTF-8.
  static func qWord(_ text: String) -> String {
    var out = "=?UTF-8?Q?"
    for byte in text.utf8 {
      if byte == 0x20 {
        out += "_"
      } else if byte.isASCIIAlphanumeric {
        out += String(UnicodeScalar(byte))
      } else {
        out += hex(byte)
      }
    }
    return out + "?="
  }

  /// An RFC 2047 B-encoded word in UTF-8.
  static func bWord(_ text: String) -> String {
    "=?UTF-8?B?" + base64(Array(text.utf8), lineLength: 0) + "?="
  }

  private static func hex(_ byte: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return "=" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 15)])
  }
}

extension UInt8 {
  fileprivate var isASCIIAlphanumeric: Bool {
    (0x30...0x39).contains(self) || (0x41...0x5A).contains(self) || (0x61...0x7A).contains(self)
  }
}
