import ParleyKit

/// A draft as a `mailto:` link (RFC 6068): opening it starts a message in
/// the user's mail program with the recipient, subject and body filled in.
enum DraftMailto {
  /// The link for `draft`.
  static func link(_ draft: Draft) -> String {
    var fields: [String] = []
    if let subject = draft.subject { fields.append("subject=" + encode(subject)) }
    fields.append("body=" + encode(draft.bodyWithAttachments))
    return "mailto:" + encode(draft.recipientEmail ?? "", keepingAt: true) + "?"
      + fields.joined(separator: "&")
  }

  /// `text` percent-encoded as UTF-8, line ends as `%0D%0A`; only unreserved
  /// characters (and `@` in an address) are left as they are.
  static func encode(_ text: String, keepingAt: Bool = false) -> String {
    let hex = Array("0123456789ABCDEF")
    var out = ""
    let normalised = text.replacingOccurrences(of: "\r\n", with: "\n")
      .replacingOccurrences(of: "\n", with: "\r\n")
    for byte in normalised.utf8 {
      let scalar = UnicodeScalar(byte)
      let unreserved =
        byte < 0x80
        && (scalar.properties.isASCIIHexDigit || Character(scalar).isLetter
          || "-._~".unicodeScalars.contains(scalar) || (keepingAt && byte == 0x40))
      out += unreserved ? String(scalar) : "%\(hex[Int(byte >> 4)])\(hex[Int(byte & 0xF)])"
    }
    return out
  }
}
