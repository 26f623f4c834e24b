/// A phrase to find in tokenized text: the one pattern language of every
/// policy on the text core (tone rules, reply signals).
///
/// A pattern is words separated by spaces; each item matches one token:
///
/// | Written | Matches |
/// |---|---|
/// | `court` | the word "court", in any case, with curly or straight apostrophes |
/// | `sue\|sued\|suing` | any one of the words |
/// | `threaten+` | the word and its regular inflections: threatens, threatened, threatening |
/// | `@lawyer` | any word of a class in ``TextWords/classes`` |
/// | `#num` | a number: `3`, `1,200.50`, `15th`, `three`, `a` |
/// | `#cur` | a currency symbol or code: `£`, `$`, `EUR` |
/// | `very?` | the item, or nothing (any item above can be optional) |
/// | `~3` | up to three tokens of anything, within the sentence |
/// | `!i\|we` | written first only: the token just before the match, in its sentence, is none of these |
///
/// Items combine: `@pay|wire+|#cur?`. Words are written as the tokenizer reads
/// them: folded to lower case, contractions in full (`you are` matches
/// "you're", `can not` matches "can't" and "cannot"), common misspellings
/// already corrected (see ``TextWords/aliases``). A match never crosses a
/// sentence. A gap that skips a negating word (``TextWords/gapNegators``)
/// marks the match as negated inside ("will *not* pay").
///
/// The first item after any `!` guard is a required word, number or
/// currency, so patterns can be indexed by their first token.
struct TextPattern: Hashable, Sendable {
  /// One item of a pattern, still in words.
  enum Step: Hashable, Sendable {
    /// One token from these words, or any number too when `number` is set.
    case word(TokenChoice)
    /// The same, or nothing.
    case optional(TokenChoice)
    /// Up to this many tokens.
    case gap(Int)
  }

  /// The pattern as written.
  let source: String
  /// The items, in order.
  let steps: [Step]
  /// Words that must not come just before the match, if any.
  let notAfter: [String]?

  /// Parses `source`, or returns nil when it is malformed: empty, an unknown
  /// class, a bad gap, a guard not written first, or a first item that is
  /// optional or a gap.
  init?(_ source: String) {
    var steps: [Step] = []
    var notAfter: [String]?
    for item in source.split(separator: " ") {
      if item.hasPrefix("!") {
        guard steps.isEmpty, notAfter == nil,
          let choice = Self.choice(item.dropFirst()), !choice.number
        else { return nil }
        notAfter = choice.words
      } else if item.hasPrefix("~") {
        guard let count = Int(item.dropFirst()), count > 0 else { return nil }
        steps.append(.gap(count))
      } else if item.count > 1, item.hasSuffix("?") {
        guard let choice = Self.choice(item.dropLast()) else { return nil }
        steps.append(.optional(choice))
      } else {
        guard let choice = Self.choice(item) else { return nil }
        steps.append(.word(choice))
      }
    }
    guard case .word? = steps.first else { return nil }
    self.source = source
    self.steps = steps
    self.notAfter = notAfter
  }

  /// Every word the pattern names, for the lexicon.
  var words: [String] {
    (notAfter ?? [])
      + steps.flatMap { step -> [String] in
        switch step {
        case .word(let choice), .optional(let choice): choice.words
        case .gap: []
        }
      }
  }

  /// The tokens one item accepts, or nil when it names an unknown class.
  private static func choice(_ item: Substring) -> TokenChoice? {
    var choice = TokenChoice()
    for alternative in item.split(separator: "|") {
      switch alternative {
      case "#num":
        choice.number = true
      case "#cur":
        choice.words += TextWords.currencies
      case let name where name.hasPrefix("@"):
        guard let words = TextWords.classes[String(name.dropFirst())] else { return nil }
        choice.words += words
      case let stem where stem.count > 1 && stem.hasSuffix("+"):
        choice.words += inflections(of: String(stem.dropLast()))
      default:
        guard !alternative.hasPrefix("#"), !alternative.hasPrefix("~") else { return nil }
        choice.words.append(String(alternative))
      }
    }
    return choice.words.isEmpty && !choice.number ? nil : choice
  }

  /// A verb or noun with its regular inflections; a few extra forms do no harm.
  static func inflections(of stem: String) -> [String] {
    var forms = [stem, stem + "s", stem + "es", stem + "ed", stem + "ing"]
    if stem.hasSuffix("e") {
      let base = String(stem.dropLast())
      forms += [stem + "d", base + "ing"]
    }
    if stem.hasSuffix("y") {
      let base = String(stem.dropLast())
      forms += [base + "ies", base + "ied"]
    }
    if let last = stem.last, !"aeiouwy".contains(last), stem.count <= 4 {
      forms += [stem + String(last) + "ed", stem + String(last) + "ing"]
    }
    return forms
  }
}
