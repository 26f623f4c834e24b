import Foundation

/// Writes `--json` output: sorted keys, two-space indent, no escaped slashes.
enum JSONOutput {
  /// `value` as JSON. Every character a terminal could obey (controls, DEL,
  /// C1 controls, bidirectional overrides) is written as a `\uXXXX` escape,
  /// so the text is safe on a terminal and yet decodes to exactly the data.
  static func render(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    encoder.keyEncodingStrategy = .convertToSnakeCase
    let data = try encoder.encode(value)
    return escapingForTerminal(String(decoding: data, as: UTF8.self))
  }

  /// `json` with the characters ``TerminalText`` would escape written as
  /// JSON escapes. They can only be inside strings: JSON's own syntax is
  /// printable ASCII, spaces and line breaks.
  static func escapingForTerminal(_ json: String) -> String {
    guard json.unicodeScalars.contains(where: TerminalText.escapes) else { return json }
    var result = String.UnicodeScalarView()
    for scalar in json.unicodeScalars {
      guard TerminalText.escapes(scalar) else {
        result.append(scalar)
        continue
      }
      let hex = String(scalar.value, radix: 16)
      result.append(
        contentsOf: "\\u\(String(repeating: "0", count: 4 - hex.count))\(hex)".unicodeScalars)
    }
    return String(result)
  }
}
