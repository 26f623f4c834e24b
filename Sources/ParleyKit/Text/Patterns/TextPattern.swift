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
    // Parsed as bytes: every rule's patterns compile at start-up, and
    // `Substring` splitting and prefix tests cost several times more.
    var steps: [Step] = []
    var notAfter: [String]?
    for item in source.utf8.split(separator: 0x20) {
      let bytes = ArraySlice(item)
      switch bytes.first {
      case UInt8(ascii: "!"):
        guard steps.isEmpty, notAfter == nil, let choice = Self.choice(bytes.dropFirst()),
          !choice.number
        else { return nil }
        notAfter = choice.allWords
      case UInt8(ascii: "~"):
        guard let count = Int(String(decoding: bytes.dropFirst(), as: UTF8.self)), count > 0
        else { return nil }
        steps.append(.gap(count))
      default:
        if bytes.count > 1, bytes.last == UInt8(ascii: "?") {
          guard let choice = Self.choice(bytes.dropLast()) else { return nil }
          steps.append(.optional(choice))
        } else {
          guard let choice = Self.choice(bytes) else { return nil }
          steps.append(.word(choice))
        }
      }
    }
    guard case .word? = steps.first else { return nil }
    self.source = source
    self.steps = steps
    self.notAfter = notAfter
  }

  /// Every word the pattern writes out, for the lexicon (which holds every
  /// class's words already).
  var writtenWords: [String] {
    (notAfter ?? [])
      + steps.flatMap { step -> [String] in
        switch step {
        case .word(let choice), .optional(let choice): choice.words
        case .gap: []
        }
      }
  }

  /// The tokens one item accepts, or nil when it names an unknown class.
  private static func choice(_ item: ArraySlice<UInt8>) -> TokenChoice? {
    var choice = TokenChoice()
    for alternative in item.split(separator: UInt8(ascii: "|")) {
      let text = String(decoding: alternative, as: UTF8.self)
      switch alternative.first {
      case UInt8(ascii: "#"):
        if text == "#num" {
          choice.number = true
        } else if text == TokenChoice.currencyClass {
          choice.classes.append(text)
        } else {
          return nil
        }
      case UInt8(ascii: "@"):
        let name = String(text.dropFirst())
        guard TokenChoice.words(ofClass: name) != nil else { return nil }
        choice.classes.append(name)
      case UInt8(ascii: "~"):
        return nil
      default:
        if alternative.count > 1, alternative.last == UInt8(ascii: "+") {
          choice.words += inflections(of: String(text.dropLast()))
        } else {
          choice.words.append(text)
        }
      }
    }
    return choice.words.isEmpty && choice.classes.isEmpty && !choice.number ? nil : choice
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
