extension Lexicon {
  /// The shared vocabulary (``TextWords``: flags, other spellings, number
  /// words, classes) with every word of `patterns` and `extraWords`.
  ///
  /// Each policy builds its lexicon so: patterns written in the one language
  /// (``TextPattern``) then compile against it.
  init(patterns: [String], extraWords: [String] = []) {
    self.init(patterns: PatternGroups([patterns]), extraWords: extraWords)
  }

  /// The shared vocabulary with every word of the parsed `patterns` and `extraWords`.
  init(patterns: PatternGroups, extraWords: [String] = []) {
    self.init()
    for (spelling, word) in TextWords.aliases { alias(spelling, to: word) }
    for (spelling, first, second) in TextWords.expansions {
      expand(spelling, into: first, second)
    }
    mark(TextWords.negators, .negator)
    mark(TextWords.negationCancellers, .negationCanceller)
    mark(TextWords.clauseBreaks, .clauseBreak)
    mark(TextWords.abbreviations, .abbreviation)
    mark(TextWords.valedictions, .valediction)
    mark(TextWords.valedictionKeys, .valedictionKey)
    mark(TextWords.acronyms, .acronym)
    mark(TextWords.common, .common)
    mark(TextWords.months, [.month, .common])
    mark(TextWords.weekdays, [.weekday, .common])
    mark(TextWords.payment, .payment)
    mark(TextWords.firstPerson, .firstPerson)
    mark(TextWords.secondPerson, .secondPerson)
    mark(TextWords.demands, .demand)
    mark(TextWords.currencies, .currency)
    mark(TextWords.verbsAfterIll, .verbAfterIll)
    for (word, value) in TextWords.numberWords { setNumber(word, value) }
    for words in TextWords.classes.values {
      for word in words { intern(word) }
    }
    for word in NegationWords.words + TextWords.gapNegators + ["wrote", "ill", "i", "will"] {
      intern(word)
    }
    for pattern in patterns.parsed {
      for word in pattern.writtenWords { intern(word) }
    }
    for word in extraWords { intern(word) }
  }
}
