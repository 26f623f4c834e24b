/// The tokens one item of a ``TextPattern`` accepts.
struct TokenChoice: Hashable, Sendable {
  /// Words written out in the pattern (with a stem's inflections), as the lexicon spells them.
  var words: [String] = []
  /// Word classes named in the pattern (`@lawyer`, and `#cur` as ``currencyClass``),
  /// kept by name so a class used by many patterns is looked up once.
  var classes: [String] = []
  /// Whether any number is accepted too (`#num`).
  var number = false

  /// The class name `#cur` stands for.
  static let currencyClass = "#cur"

  /// The words of a class named in a pattern; nil for an unknown class.
  static func words(ofClass name: String) -> [String]? {
    name == currencyClass ? TextWords.currencies : TextWords.classes[name]
  }

  /// Every word the item accepts: its own and its classes'.
  var allWords: [String] {
    words + classes.flatMap { Self.words(ofClass: $0) ?? [] }
  }
}
