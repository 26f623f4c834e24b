/// One word of a draft, with where it is and what it is.
struct ToneToken: Sendable {
  /// UTF-8 offset of the first byte.
  var start: Int
  /// UTF-8 offset just past the last byte.
  var end: Int
  /// The word's id in the ``Lexicon``, or -1 for a word no rule knows.
  var id: Int32
  /// What else is known about it.
  var flags: TokenFlags
  /// Which sentence it is in, counting from 0.
  var sentence: Int32
  /// Which clause it is in, counting from 0 across the whole text.
  var clause: Int32
  /// Which line it is on, counting from 0.
  var line: Int32

  /// Whether the token is the client's words (in quotes or a quoted line).
  var isQuoted: Bool { !flags.isDisjoint(with: .quoted) }
}
