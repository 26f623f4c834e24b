import Foundation

/// Writes `--json` output: sorted keys, two-space indent, no escaped slashes.
enum JSONOutput {
  static func render(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    encoder.keyEncodingStrategy = .convertToSnakeCase
    let data = try encoder.encode(value)
    return String(decoding: data, as: UTF8.self)
  }
}
