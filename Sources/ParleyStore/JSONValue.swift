/// A parsed JSON value, as ``JSONValueDecoder`` reads it.
///
/// Numbers keep their text, so an integer is read exactly, never through a
/// `Double`; objects keep their members in order, as written.
enum JSONValue: Sendable {
  case null
  case bool(Bool)
  case number(String)
  case string(String)
  case array([JSONValue])
  case object([(key: String, value: JSONValue)])

  /// A short name of the value's kind, for error messages.
  var kindName: String {
    switch self {
    case .null: "null"
    case .bool: "a boolean"
    case .number: "a number"
    case .string: "a string"
    case .array: "an array"
    case .object: "an object"
    }
  }
}
