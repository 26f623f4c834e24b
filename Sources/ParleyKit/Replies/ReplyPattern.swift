/// A phrase a reply rule looks for, over normalised tokens.
///
/// Written as words separated by spaces:
///
/// - `pay|settle` — one of these words; `instal*` — any word that starts so.
/// - `#num` — any number; `#cur` — a currency symbol or code.
/// - `@pay` — one of a named list of words (see ``ReplyPattern/macros``).
/// - `the?` — an optional word.
/// - `~2` — up to two words of anything within the sentence; a negation inside a
///   gap ("will *not be* paying") makes the whole match negated.
/// - `!i|we` — written first only: the word just before the match, in the same
///   sentence, must not be one of these ("the site *has not been working*" is a
///   complaint; "*I* have not been working" is not).
///
/// The first element after any `!` guard must be a required word, so patterns
/// can be indexed by it.
struct ReplyPattern: Hashable, Sendable {
  /// The pattern as written, for messages and tests.
  let source: String
  /// The compiled elements.
  let elements: [ReplyPatternElement]
  /// Words that must not come just before the match (`!i|we`), if any.
  let notAfter: ReplyWordSet?

  /// Compiles `source`, or returns nil when it is empty, starts with a gap or an
  /// optional word, or names an unknown macro.
  init?(_ source: String) {
    var elements: [ReplyPatternElement] = []
    var notAfter: ReplyWordSet?
    for piece in source.split(separator: " ") {
      if piece.hasPrefix("!") {
        guard elements.isEmpty, notAfter == nil, let set = Self.wordSet(piece.dropFirst())
        else { return nil }
        notAfter = set
        continue
      }
      if piece.hasPrefix("~") {
        guard let count = Int(piece.dropFirst()), count > 0 else { return nil }
        elements.append(.gap(count))
        continue
      }
      let isOptional = piece.count > 1 && piece.hasSuffix("?")
      guard let set = Self.wordSet(isOptional ? piece.dropLast() : piece) else { return nil }
      elements.append(.word(set, isOptional: isOptional))
    }
    guard case .word(_, isOptional: false)? = elements.first else { return nil }
    self.source = source
    self.elements = elements
    self.notAfter = notAfter
  }

  /// The set of words one element written `text` accepts.
  private static func wordSet(_ text: Substring) -> ReplyWordSet? {
    var set = ReplyWordSet()
    for alternative in text.split(separator: "|") {
      switch alternative {
      case "#num": set.matchesNumber = true
      case "#cur": set.matchesCurrency = true
      case let name where name.hasPrefix("@"):
        guard let words = macros[String(name.dropFirst())] else { return nil }
        set.words.formUnion(words)
      case let prefix where prefix.count > 3 && prefix.hasSuffix("*"):
        set.prefixes.append(String(prefix.dropLast()))
      default:
        set.words.insert(String(alternative))
      }
    }
    return set
  }

  /// The first element's words, for indexing.
  var first: ReplyWordSet {
    guard case .word(let set, _)? = elements.first else { return ReplyWordSet() }
    return set
  }
}
