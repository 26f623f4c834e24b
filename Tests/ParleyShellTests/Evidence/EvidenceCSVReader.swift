/// A small, independent RFC 4180 reader, to check CSV exports read back as written.
enum EvidenceCSVReader {
  struct Malformed: Error, CustomStringConvertible {
    let description: String
  }

  /// The records of `text`: CRLF between records, quoted fields may hold CR, LF, `,` and `""`.
  static func rows(_ text: String) throws -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var scalars = Array(text.unicodeScalars)[...]
    while let scalar = scalars.popFirst() {
      if quoted {
        if scalar == "\"" {
          if scalars.first == "\"" {
            field.unicodeScalars.append("\"")
            scalars.removeFirst()
          } else {
            quoted = false
          }
        } else {
          field.unicodeScalars.append(scalar)
        }
        continue
      }
      switch scalar {
      case "\"" where field.isEmpty: quoted = true
      case ",":
        row.append(field)
        field = ""
      case "\r":
        guard scalars.popFirst() == "\n" else { throw Malformed(description: "a CR without LF") }
        row.append(field)
        rows.append(row)
        row = []
        field = ""
      case "\n": throw Malformed(description: "a bare LF ends a record")
      default: field.unicodeScalars.append(scalar)
      }
    }
    guard !quoted else { throw Malformed(description: "an unterminated quoted field") }
    guard row.isEmpty, field.isEmpty else {
      throw Malformed(description: "the last record does not end in CRLF")
    }
    return rows
  }
}
