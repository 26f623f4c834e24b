extension String {
  /// The text with its first letter in upper case: `reason` → `Reason`.
  var capitalizedFirst: String {
    guard let first else { return self }
    return first.uppercased() + dropFirst()
  }
}
