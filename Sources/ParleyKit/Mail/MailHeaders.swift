import Foundation

/// The header block of a message or of a MIME part (RFC 5322 section 2.2).
///
/// Lines may end in CRLF or LF; folded lines are unfolded; names compare
/// case-insensitively; repeated fields keep their order.
public struct MailHeaders: Hashable, Sendable {
  /// One `Name: value` field, unfolded, with the value trimmed of outer whitespace.
  public struct Field: Hashable, Sendable {
    /// The name as written, e.g. `Subject`.
    public let name: String
    /// The raw value, before any RFC 2047 decoding.
    public let value: String

    /// Creates a field.
    public init(name: String, value: String) {
      self.name = name
      self.value = value
    }
  }

  /// Every field in the order written.
  public let fields: [Field]

  /// Creates headers from fields.
  public init(fields: [Field]) {
    self.fields = fields
  }

  /// Every value of the fields named `name` (any case), in order.
  public func values(_ name: String) -> [String] {
    let wanted = name.lowercased()
    return fields.filter { $0.name.lowercased() == wanted }.map(\.value)
  }

  /// The first value of the field named `name` (any case), or nil.
  public func first(_ name: String) -> String? {
    let wanted = name.lowercased()
    return fields.first { $0.name.lowercased() == wanted }?.value
  }

  /// Reads the header block at the start of `bytes`.
  ///
  /// The block ends at the first empty line; the body starts after it. With no
  /// empty line the whole input is headers and the body is empty. Lines that
  /// are neither fields nor continuations (an mbox `From ` line) are skipped.
  public static func read(_ bytes: ArraySlice<UInt8>) -> (headers: MailHeaders, bodyStart: Int) {
    var fields: [(name: String, value: [UInt8])] = []
    var index = bytes.startIndex
    while index < bytes.endIndex {
      let lineEnd = bytes[index...].firstIndex(of: 0x0A) ?? bytes.endIndex
      var line = bytes[index..<lineEnd]
      if line.last == 0x0D { line = line.dropLast() }
      let next = lineEnd < bytes.endIndex ? lineEnd + 1 : lineEnd
      if line.isEmpty { return (MailHeaders(fields: finish(fields)), next) }
      if let first = line.first, first == 0x20 || first == 0x09 {
        if !fields.isEmpty { fields[fields.count - 1].value += line }
      } else if let colon = line.firstIndex(of: UInt8(ascii: ":")) {
        let name = MailCharset.text(line[line.startIndex..<colon])
          .trimmingCharacters(in: .whitespaces)
        if !name.isEmpty, !name.contains(" ") {
          fields.append((name, Array(line[(colon + 1)...])))
        }
      }
      index = next
    }
    return (MailHeaders(fields: finish(fields)), bytes.endIndex)
  }

  private static func finish(_ raw: [(name: String, value: [UInt8])]) -> [Field] {
    raw.map {
      Field(
        name: $0.name, value: MailCharset.text($0.value[...]).trimmingCharacters(in: .whitespaces))
    }
  }
}
