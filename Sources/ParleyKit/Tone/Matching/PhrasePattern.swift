/// A phrase to find, written as words separated by spaces.
///
/// | Written | Matches |
/// |---|---|
/// | `court` | the word "court" (any case, curly or straight apostrophes) |
/// | `sue\|sued\|suing` | any one of the words |
/// | `threaten+` | the word and its inflections: threatens, threatened, threatening |
/// | `@lawyer` | any word of a class in ``ToneWords/classes`` |
/// | `?very` | the word, or nothing |
/// | `*3` | up to three words of anything, within the sentence |
/// | `#` | a number: `3`, `24`, `three` |
///
/// Contractions are written in full, as the tokenizer reads them: `you are`
/// matches "you're", `do not` matches "don't". A pattern never starts with an
/// optional word, a gap or a number, so it can be indexed by its first word.
struct PhrasePattern: Hashable, Sendable {
  /// One step, still in words.
  enum Step: Hashable, Sendable {
    case word([String])
    case optional([String])
    case gap(Int)
    case number
  }

  /// The steps, in order.
  let steps: [Step]

  /// Parses `source`.
  ///
  /// - Precondition: `source` is a well-formed pattern; patterns are constants.
  init(_ source: String) {
    var steps: [Step] = []
    for item in source.split(separator: " ") {
      if item == "#" {
        steps.append(.number)
      } else if item.hasPrefix("*") {
        guard let count = Int(item.dropFirst()) else {
          preconditionFailure("bad gap '\(item)' in '\(source)'")
        }
        steps.append(.gap(count))
      } else if item.hasPrefix("?") {
        steps.append(.optional(Self.alternatives(item.dropFirst())))
      } else {
        steps.append(.word(Self.alternatives(item)))
      }
    }
    guard case .word = steps.first else {
      preconditionFailure("pattern '\(source)' must start with a word")
    }
    self.steps = steps
  }

  /// Every word the pattern names, for the lexicon.
  var words: [String] {
    steps.flatMap { step -> [String] in
      switch step {
      case .word(let words), .optional(let words): words
      case .gap, .number: []
      }
    }
  }

  private static func alternatives(_ item: Substring) -> [String] {
    item.split(separator: "|").flatMap { alternative -> [String] in
      if alternative.hasPrefix("@") {
        let name = String(alternative.dropFirst())
        guard let words = ToneWords.classes[name] else {
          preconditionFailure("unknown word class '@\(name)'")
        }
        return words
      }
      if alternative.hasSuffix("+") {
        return inflections(of: String(alternative.dropLast()))
      }
      return [String(alternative)]
    }
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
