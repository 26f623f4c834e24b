/// The words negation scope depends on, looked up once.
struct NegationWords: Sendable {
  /// "but", which can turn a negation into a disclaimer.
  let but: Int32
  /// "make" and "me", for "don't make me".
  let make: Int32
  let me: Int32
  /// Conditions, inside which a negation is not the writer's: "if", "unless".
  let conditions: WordSet
  /// Words that end a negation's reach going backwards: "will" in "if you
  /// don't pay I'll ...".
  let stoppers: WordSet
  /// Words after "but" that make the clause before it a disclaimer.
  let followThrough: WordSet

  /// The shared set, from the tone lexicon.
  static let shared = NegationWords(lexicon: ToneEngine.shared.lexicon)

  /// Words named here; the lexicon must hold them.
  static let words = [
    "but", "make", "me", "if", "unless", "will", "shall", "would", "going", "must", "then",
    "forced", "have", "choice", "may", "might", "intend", "plan", "need", "to",
  ]

  init(lexicon: Lexicon) {
    but = lexicon.id("but")
    make = lexicon.id("make")
    me = lexicon.id("me")
    conditions = WordSet(words: ["if", "unless"], in: lexicon)
    stoppers = WordSet(words: ["will", "shall", "would", "must", "then"], in: lexicon)
    followThrough = WordSet(
      words: ["will", "shall", "going", "must", "forced", "have", "choice", "intend", "plan"],
      in: lexicon)
  }
}
