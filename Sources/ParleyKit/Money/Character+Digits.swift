extension Character {
  /// Whether this is one of `0`…`9` (not other scripts' digits, not `½`).
  var isASCIIDigit: Bool { isASCII && isWholeNumber }
}
