import Foundation
import ParleyKit

/// A draft as an RFC 5322 message file (`.eml`) that mail programs open as
/// an unsent draft: To, Subject and the body, ready to review and send.
///
/// The body is UTF-8 in quoted-printable, so long paragraphs and `£` pass
/// any mail server unchanged; a non-ASCII subject is an RFC 2047 encoded word.
enum DraftEML {
  /// The message for `draft`, dated `now`.
  static func render(_ draft: Draft, now: Timestamp) -> String {
    var headers: [String] = []
    if let email = draft.sender.email {
      headers.append("From: \(mailbox(name: draft.sender.name, address: email))")
    }
    if let to = draft.recipientEmail { headers.append("To: \(to)") }
    headers.append("Subject: \(encodedWord(draft.subject ?? draft.kind.title))")
    headers.append("Date: \(rfc5322Date(now))")
    headers.append("X-Unsent: 1")
    headers.append("MIME-Version: 1.0")
    headers.append("Content-Type: text/plain; charset=utf-8")
    headers.append("Content-Transfer-Encoding: quoted-printable")
    let body = quotedPrintable(draft.bodyWithAttachments)
    return (headers + ["", body]).joined(separator: "\r\n") + "\r\n"
  }

  /// `Sam Patel <sam@example.test>`, the name quoted or encoded when it needs it.
  static func mailbox(name: String?, address: String) -> String {
    guard let name, !name.isEmpty else { return address }
    let plain = name.unicodeScalars.allSatisfy {
      $0.isASCII && ($0.properties.isAlphabetic || $0 == " " || $0.properties.numericType != nil)
    }
    if plain { return "\(name) <\(address)>" }
    return "\(encodedWord(name)) <\(address)>"
  }

  /// `text` as is when it is printable ASCII, else RFC 2047 B-encoded words
  /// of at most 75 characters, folded onto continuation lines, never
  /// splitting a character between words.
  static func encodedWord(_ text: String) -> String {
    if text.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }) { return text }
    var words: [String] = []
    var chunk: [UInt8] = []
    for character in text {
      let bytes = Array(String(character).utf8)
      // 36 bytes encode to 48 characters: with "=?utf-8?B?", "?=" and a header name, under 76.
      if chunk.count + bytes.count > 36 {
        words.append(chunk.isEmpty ? "" : "=?utf-8?B?\(Data(chunk).base64EncodedString())?=")
        chunk = []
      }
      chunk += bytes
    }
    if !chunk.isEmpty { words.append("=?utf-8?B?\(Data(chunk).base64EncodedString())?=") }
    return words.filter { !$0.isEmpty }.joined(separator: "\r\n ")
  }

  /// `text` in quoted-printable (RFC 2045 §6.7): lines end in CRLF, no
  /// encoded line is longer than 76 characters, and `=`, controls, trailing
  /// spaces and every non-ASCII byte are escaped.
  static func quotedPrintable(_ text: String) -> String {
    let hex = Array("0123456789ABCDEF")
    var lines: [String] = []
    for line in text.replacingOccurrences(of: "\r\n", with: "\n").split(
      separator: "\n", omittingEmptySubsequences: false)
    {
      let bytes = Array(line.utf8)
      var out = ""
      var length = 0
      for (index, byte) in bytes.enumerated() {
        let isLast = index == bytes.count - 1
        let literal =
          (byte >= 33 && byte <= 126 && byte != 61) || ((byte == 32 || byte == 9) && !isLast)
        let piece =
          literal
          ? String(UnicodeScalar(byte)) : "=\(hex[Int(byte >> 4)])\(hex[Int(byte & 0xF)])"
        if length + piece.count > 75 {
          out += "=\r\n"
          length = 0
        }
        out += piece
        length += piece.count
      }
      lines.append(out)
    }
    return lines.joined(separator: "\r\n")
  }

  /// `Fri, 04 Dec 2026 10:00:00 +0000`.
  static func rfc5322Date(_ now: Timestamp) -> String {
    let day = now.utcDay
    let time = now.isoUTC.dropFirst(11).prefix(8)
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return "\(day.weekday.name.prefix(3)), \(two(day.day)) \(day.monthName.prefix(3)) "
      + "\(day.year) \(time) +0000"
  }
}
