extension String {
  /// The string cut to `limit` characters with `…`, on one line.
  func clipped(_ limit: Int) -> String {
    let line = split(whereSeparator: \.isNewline).joined(separator: " ")
    return line.count <= limit ? line : String(line.prefix(limit - 1)) + "…"
  }
}
