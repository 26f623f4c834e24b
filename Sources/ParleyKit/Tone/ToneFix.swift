/// What a calm rewrite may do with a finding's span.
public enum ToneFix: Hashable, Sendable {
  /// Put these words in place of the span.
  case replace(String)
  /// Drop the span; spaces and stray commas around it are tidied.
  case remove
  /// Drop the whole sentence, if it carries no facts (amounts, dates, numbers).
  case removeSentence
  /// Lower-case the span, keeping acronyms and a sentence's first capital.
  case lowercase
  /// No safe automatic change: follow the finding's advice.
  case none
}
