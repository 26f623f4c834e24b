/// Reads address fields (RFC 5322 section 3.4): mailboxes, groups, quoted
/// names, comments, and the bare addresses older mailers write.
public enum MailAddressList {
  /// The mailboxes in one address field value, in order; groups are flattened.
  public static func parse(_ value: String) -> [MailAddress] {
    var result: [MailAddress] = []
    var phrase: [String] = []
    var bare = ""
    var angle: String? = nil
    var comment = ""

    func finish() {
      defer {
        phrase = []
        bare = ""
        angle = nil
        comment = ""
      }
      let address = angle ?? bare
      guard address.contains("@") || angle != nil, !address.isEmpty else { return }
      // A bare address's words are the address itself; only a comment can name it.
      var name = angle == nil ? "" : EncodedWord.decode(phrase.joined(separator: " "))
      if name.isEmpty { name = EncodedWord.decode(comment) }
      result.append(MailAddress(name: name, address: address))
    }

    let scalars = Array(value.unicodeScalars)
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      switch scalar {
      case " ", "\t", "\r", "\n":
        index += 1
      case "\"":
        var text = ""
        index += 1
        while index < scalars.count, scalars[index] != "\"" {
          if scalars[index] == "\\", index + 1 < scalars.count { index += 1 }
          text.unicodeScalars.append(scalars[index])
          index += 1
        }
        index += 1
        phrase.append(text)
      case "(":
        var depth = 1
        var text = ""
        index += 1
        while index < scalars.count, depth > 0 {
          let inner = scalars[index]
          if inner == "\\", index + 1 < scalars.count {
            index += 1
            text.unicodeScalars.append(scalars[index])
          } else if inner == "(" {
            depth += 1
            text.unicodeScalars.append(inner)
          } else if inner == ")" {
            depth -= 1
            if depth > 0 { text.unicodeScalars.append(inner) }
          } else {
            text.unicodeScalars.append(inner)
          }
          index += 1
        }
        if comment.isEmpty { comment = text }
      case "<":
        var text = ""
        index += 1
        while index < scalars.count, scalars[index] != ">" {
          if scalars[index] != " " && scalars[index] != "\t" {
            text.unicodeScalars.append(scalars[index])
          }
          index += 1
        }
        index += 1
        // Drop an obsolete source route: `<@relay:ann@b.c>`.
        if let colon = text.lastIndex(of: ":") { text = String(text[text.index(after: colon)...]) }
        angle = text
      case ",":
        finish()
        index += 1
      case ";":
        finish()
        index += 1
      case ":":
        // A group's name is not a mailbox: forget it and read its members.
        phrase = []
        bare = ""
        index += 1
      default:
        var text = ""
        while index < scalars.count, !" \t\r\n\"(<>,;:".unicodeScalars.contains(scalars[index]) {
          text.unicodeScalars.append(scalars[index])
          index += 1
        }
        if text.isEmpty {
          index += 1  // a stray `>`
        } else {
          phrase.append(text)
          bare += text
        }
      }
    }
    finish()
    return result
  }
}
