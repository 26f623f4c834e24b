/// How text lines up in a column: text on the left, amounts and counts on the right.
enum TextAlignment: Sendable {
  /// Padded on the right.
  case left
  /// Padded on the left, so decimal points line up.
  case right
}
