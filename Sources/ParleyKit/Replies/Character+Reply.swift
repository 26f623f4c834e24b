extension Character {
  /// Whether this is an apostrophe, straight or curly.
  var isReplyApostrophe: Bool {
    self == "'" || self == "\u{2019}" || self == "\u{2018}" || self == "\u{02BC}"
  }

  /// Whether this is an emoji a reply rule may match (👍, 🖕, 😡), not a digit,
  /// `#` or `*`, which Unicode also counts as emoji.
  var isReplyEmoji: Bool {
    guard let first = unicodeScalars.first else { return false }
    return first.properties.isEmojiPresentation
      || first.properties.isEmoji && first.value > 0x2000
  }
}
