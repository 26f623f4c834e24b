/// A structured MIME header value: `type/subtype; name=value; name="quoted"`
/// (Content-Type, Content-Disposition), with RFC 2231 extended parameters.
public struct MIMEHeaderValue: Hashable, Sendable {
  /// The value before the first `;`, lowercased (`multipart/mixed`, `attachment`).
  public let value: String
  /// Parameters by lowercased name, decoded (RFC 2231 and RFC 2047).
  public let parameters: [String: String]

  /// Reads a header value; a missing or empty value reads as empty.
  public init(_ text: String) {
    var pieces: [(name: String, value: String, quoted: Bool)] = []
    let scalars = Array(text.unicodeScalars)
    var index = 0
    var head = ""
    while index < scalars.count, scalars[index] != ";" {
      if scalars[index] != " " && scalars[index] != "\t" {
        head.unicodeScalars.append(scalars[index])
      }
      index += 1
    }
    value = head.lowercased()
    while index < scalars.count {
      index += 1  // past `;`
      var name = ""
      while index < scalars.count, scalars[index] != "=", scalars[index] != ";" {
        if scalars[index] != " " && scalars[index] != "\t" {
          name.unicodeScalars.append(scalars[index])
        }
        index += 1
      }
      guard index < scalars.count, scalars[index] == "=" else { continue }
      index += 1
      while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
      var parameter = ""
      var quoted = false
      if index < scalars.count, scalars[index] == "\"" {
        quoted = true
        index += 1
        while index < scalars.count, scalars[index] != "\"" {
          if scalars[index] == "\\", index + 1 < scalars.count { index += 1 }
          parameter.unicodeScalars.append(scalars[index])
          index += 1
        }
        while index < scalars.count, scalars[index] != ";" { index += 1 }
      } else {
        while index < scalars.count, scalars[index] != ";" {
          parameter.unicodeScalars.append(scalars[index])
          index += 1
        }
        while parameter.last == " " || parameter.last == "\t" { parameter.removeLast() }
      }
      if !name.isEmpty { pieces.append((name.lowercased(), parameter, quoted)) }
    }
    parameters = MIMEHeaderValue.resolve(pieces)
  }

  /// Joins RFC 2231 continuations (`name*0*=`, `name*1=`) and decodes
  /// `charset'language'%XX` values; plain values get RFC 2047 decoding,
  /// which some mailers use for file names.
  private static func resolve(_ pieces: [(name: String, value: String, quoted: Bool)]) -> [String:
    String]
  {
    var plain: [String: String] = [:]
    var sections: [String: [(number: Int, value: String, extended: Bool)]] = [:]
    for piece in pieces {
      let parts = piece.name.split(separator: "*", omittingEmptySubsequences: false)
      if parts.count == 1 {
        if plain[piece.name] == nil { plain[piece.name] = EncodedWord.decode(piece.value) }
        continue
      }
      let base = String(parts[0])
      let extended = piece.name.hasSuffix("*")
      let number = parts.count >= 2 ? Int(parts[1]) ?? 0 : 0
      guard number < 1000 else { continue }
      sections[base, default: []].append((number, piece.value, extended))
    }
    var result = plain
    for (base, list) in sections {
      let ordered = list.sorted { $0.number < $1.number }
      var charset = "utf-8"
      var bytes: [UInt8] = []
      for (position, section) in ordered.enumerated() {
        var text = section.value
        if section.extended && position == 0 {
          let fields = text.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
          if fields.count == 3 {
            if !fields[0].isEmpty { charset = String(fields[0]) }
            text = String(fields[2])
          }
        }
        bytes += section.extended ? percentDecoded(text) : Array(text.utf8)
      }
      result[base] =
        MailCharset.decode(bytes[...], charset: charset) ?? MailCharset.text(bytes[...])
    }
    return result
  }

  private static func percentDecoded(_ text: String) -> [UInt8] {
    let bytes = Array(text.utf8)
    var out: [UInt8] = []
    var index = 0
    while index < bytes.count {
      if bytes[index] == UInt8(ascii: "%"), index + 2 < bytes.count,
        let high = TransferEncoding.hex(bytes[index + 1]),
        let low = TransferEncoding.hex(bytes[index + 2])
      {
        out.append(high << 4 | low)
        index += 3
      } else {
        out.append(bytes[index])
        index += 1
      }
    }
    return out
  }
}
