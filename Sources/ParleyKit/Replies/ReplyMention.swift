/// A day or an amount found in a reply, with the tokens it was read from.
struct ReplyMention<Value: Hashable & Sendable>: Hashable, Sendable {
  /// What was read.
  let value: Value
  /// The first token.
  let first: Int
  /// The index just past the last token.
  let end: Int
  /// Whether a numeric day was valid in either order.
  let isAmbiguous: Bool
}
