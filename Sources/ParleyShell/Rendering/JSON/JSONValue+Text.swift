extension JSONValue {
  /// The value as JSON text: keys sorted, two-space indent, `"key": value`,
  /// slashes and non-ASCII letters as they are, and every character a
  /// terminal could obey escaped.
  var text: String {
    var output = ""
    write(into: &output, indent: "")
    return output
  }

  private func write(into output: inout String, indent: String) {
    switch self {
    case .null: output += "null"
    case .bool(let value): output += value ? "true" : "false"
    case .integer(let value): output += String(value)
    case .number(let value):
      output += value.rounded() == value && abs(value) < 1e15 ? String(Int64(value)) : "\(value)"
    case .string(let value): output += Self.quoted(value)
    case .array(let elements):
      guard !elements.isEmpty else {
        output += "[]"
        return
      }
      let inner = indent + "  "
      output += "[\n"
      for (index, element) in elements.enumerated() {
        output += inner
        element.write(into: &output, indent: inner)
        output += index == elements.count - 1 ? "\n" : ",\n"
      }
      output += indent + "]"
    case .object(let members):
      guard !members.isEmpty else {
        output += "{}"
        return
      }
      let inner = indent + "  "
      output += "{\n"
      let keys = members.keys.sorted()
      for (index, key) in keys.enumerated() {
        output += inner + Self.quoted(key) + ": "
        members[key]?.write(into: &output, indent: inner)
        output += index == keys.count - 1 ? "\n" : ",\n"
      }
      output += indent + "}"
    }
  }

  /// `text` as a JSON string literal.
  static func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      // Every character a terminal could obey (controls, DEL, C1 controls,
      // bidirectional overrides) as an escape: safe on a terminal, exact as data.
      case _
      where scalar.value < 0x20 || TerminalText.escapes(scalar)
        || scalar.value == 0x2028 || scalar.value == 0x2029:
        result +=
          "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
          + String(scalar.value, radix: 16)
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }
}
