/// Writes every `--json` output, under one policy:
///
/// - keys and enum values in snake_case (`recorded_at`, `promise_to_pay`,
///   `mediation_offered`, `contact_logged`);
/// - every key present, `null` when there is nothing;
/// - numbers without units (`"rate_percent": "11.75"`), amounts as
///   `{"amount": "1200.50", "currency": "GBP"}`, days as `YYYY-MM-DD`;
/// - the same name for the same thing everywhere (`case_id`, `url`);
/// - a top-level object with `schema_version`, raised when a key is removed
///   or changes meaning (adding keys keeps it).
///
/// Keys are sorted and indented by two spaces, so output diffs cleanly.
enum JSONOutput {
  /// The version of the shape of every JSON output.
  static let schemaVersion: Int64 = 1

  /// `value` as JSON text; a top-level object gets `schema_version`.
  static func render(_ value: some Encodable) throws -> String {
    var tree = try JSONTreeEncoder.tree(of: value)
    if case .object(var members) = tree {
      members["schema_version"] = .integer(schemaVersion)
      tree = .object(members)
    }
    return tree.text
  }

  /// `items` as JSON text: an object holding them under `key` (`"cases"`),
  /// with `schema_version`, never a bare array.
  static func render(_ items: [some Encodable], as key: String) throws -> String {
    let list = try JSONTreeEncoder.tree(of: items)
    return JSONValue.object([key: list, "schema_version": .integer(schemaVersion)]).text
  }
}
