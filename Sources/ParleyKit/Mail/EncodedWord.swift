/// RFC 2047 encoded words in header text: `=?charset?B|Q?text?=`.
public enum EncodedWord {
  /// `text` with every encoded word decoded.
  ///
  /// Whitespace between two adjacent encoded words is dropped; a word in an
  /// unknown charset, or one that does not decode, stays as written.
  public static func decode(_ text: String) -> String {
    let bytes = Array(text.utf8)
    guard bytes.count > 1, bytes.contains(UInt8(ascii: "?")) else { return text }
    var out = ""
    var plainStart = 0
    var lastWasEncoded = false
    var index = 0
    while index < bytes.count {
      if bytes[index] == UInt8(ascii: "="), index + 1 < bytes.count,
        bytes[index + 1] == UInt8(ascii: "?"),
        let (decoded, end) = word(bytes, at: index)
      {
        let plain = bytes[plainStart..<index]
        let onlySpace = plain.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0A }
        if !(lastWasEncoded && onlySpace) { out += String(decoding: plain, as: UTF8.self) }
        out += decoded
        lastWasEncoded = true
        index = end
        plainStart = end
        continue
      }
      index += 1
    }
    out += String(decoding: bytes[plainStart...], as: UTF8.self)
    return out
  }

  /// The decoded text of the encoded word starting at `start` and the index after it.
  private static func word(_ bytes: [UInt8], at start: Int) -> (String, Int)? {
    let question = UInt8(ascii: "?")
    var index = start + 2
    let charsetStart = index
    while index < bytes.count, bytes[index] != question {
      if bytes[index] <= 0x20 { return nil }
      index += 1
    }
    guard index + 2 < bytes.count, bytes[index + 2] == question else { return nil }
    let charsetEnd = index
    let encoding = bytes[index + 1] | 0x20
    index += 3
    let textStart = index
    while index + 1 < bytes.count,
      !(bytes[index] == question && bytes[index + 1] == UInt8(ascii: "="))
    {
      if bytes[index] <= 0x20 { return nil }
      index += 1
    }
    guard index + 1 < bytes.count else { return nil }
    var charset = String(decoding: bytes[charsetStart..<charsetEnd], as: UTF8.self)
    // An RFC 2231 language tag may follow the charset: `UTF-8*en`.
    if let star = charset.firstIndex(of: "*") { charset = String(charset[..<star]) }
    let encoded = bytes[textStart..<index]
    let raw: [UInt8]?
    switch encoding {
    case UInt8(ascii: "b"): raw = TransferEncoding.base64(encoded)
    case UInt8(ascii: "q"): raw = TransferEncoding.quotedPrintable(encoded, headerForm: true)
    default: raw = nil
    }
    guard let raw, let decoded = MailCharset.decode(raw[...], charset: charset) else { return nil }
    return (decoded, index + 2)
  }
}
