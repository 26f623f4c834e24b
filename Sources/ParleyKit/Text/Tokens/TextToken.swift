/// One word of a draft, with where it is and what it is.
///
/// Packed into 28 bytes (32-bit offsets), since a megabyte of text has some
/// 200,000 of them.
struct TextToken: Sendable {
  private var start32: Int32
  private var end32: Int32
  /// The word's id in the ``Lexicon``, or -1 for a word no rule knows.
  var id: Int32
  /// Which sentence it is in, counting from 0.
  var sentence: Int32
  /// Which clause it is in, counting from 0 across the whole text.
  var clause: Int32
  /// Which line it is on, counting from 0.
  var line: Int32
  /// What else is known about it.
  var flags: TokenFlags

  init(
    start: Int, end: Int, id: Int32, flags: TokenFlags, sentence: Int32, clause: Int32,
    line: Int32
  ) {
    self.start32 = Int32(truncatingIfNeeded: start)
    self.end32 = Int32(truncatingIfNeeded: end)
    self.id = id
    self.sentence = sentence
    self.clause = clause
    self.line = line
    self.flags = flags
  }

  /// UTF-8 offset of the first byte.
  var start: Int { Int(start32) }
  /// UTF-8 offset just past the last byte.
  var end: Int { Int(end32) }

  /// Whether the token is the client's words (in quotes or a quoted line).
  var isQuoted: Bool { !flags.isDisjoint(with: .quoted) }
}
