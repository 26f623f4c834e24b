extension Character {
  /// The number of columns a monospaced terminal gives this character: 2 for
  /// East Asian wide and fullwidth characters and for emoji shown as pictures,
  /// 0 for a lone combining mark, a zero-width joiner or another invisible
  /// format character, 1 for everything else.
  ///
  /// A character is a whole grapheme cluster, so `e` with a combining acute
  /// is 1, a flag (two regional indicators) is 2, and a family joined with
  /// zero-width joiners is one emoji of width 2, as current terminals show it.
  var displayWidth: Int {
    let scalars = unicodeScalars
    guard let first = scalars.first else { return 0 }
    if scalars.contains("\u{FE0E}") { return Self.isZeroWidth(first) ? 0 : 1 }  // text style
    if scalars.contains(where: \.properties.isEmojiPresentation) { return 2 }
    if scalars.contains("\u{FE0F}"), first.properties.isEmoji { return 2 }
    if Self.isZeroWidth(first) {
      // A cluster that starts with a mark (text that begins with one) or a
      // prepended format character: what follows may still be visible.
      return scalars.dropFirst().contains { !Self.isZeroWidth($0) } ? 1 : 0
    }
    return Self.isEastAsianWide(first) ? 2 : 1
  }

  /// Whether this scalar takes no column of its own: combining marks, format
  /// characters such as the zero-width joiner (but not the soft hyphen),
  /// controls, and Hangul medial vowels and final consonants.
  private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .control: return true
    case .format: return scalar.value != 0x00AD
    default: return (0x1160...0x11FF).contains(scalar.value)
    }
  }

  /// Whether Unicode's East Asian Width (UAX #11) is Wide or Fullwidth: CJK
  /// ideographs, kana, Hangul syllables, fullwidth forms and the like. Emoji
  /// are decided by their presentation, above.
  private static func isEastAsianWide(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x2E99, 0x2E9B...0x2EF3, 0x2F00...0x2FD5,
      0x2FF0...0x2FFF, 0x3000...0x303E, 0x3041...0x3096, 0x3099...0x30FF, 0x3105...0x312F,
      0x3131...0x318E, 0x3190...0x31E3, 0x31EF...0x321E, 0x3220...0x3247, 0x3250...0x4DBF,
      0x4E00...0xA48C, 0xA490...0xA4C6, 0xA960...0xA97C, 0xAC00...0xD7A3, 0xF900...0xFAFF,
      0xFE10...0xFE19, 0xFE30...0xFE52, 0xFE54...0xFE66, 0xFE68...0xFE6B, 0xFF01...0xFF60,
      0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x16FF0...0x16FF1, 0x17000...0x187F7,
      0x18800...0x18CD5, 0x18D00...0x18D08, 0x1AFF0...0x1B2FB, 0x1F200...0x1F202,
      0x1F210...0x1F23B, 0x1F240...0x1F248, 0x1F250...0x1F251, 0x20000...0x2FFFD,
      0x30000...0x3FFFD:
      return true
    default:
      return false
    }
  }
}
