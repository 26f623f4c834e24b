/// A phrase in the reply that made the classifier decide what it did.
///
/// Lines and columns are 1-based and count characters (grapheme clusters, so an
/// emoji is one column) in the text as given, including any quoted lines that
/// were ignored.
public struct ReplyEvidence: Hashable, Sendable {
  /// The line the phrase starts on, from 1.
  public let line: Int
  /// The column the phrase starts at, from 1.
  public let column: Int
  /// The phrase exactly as written; a phrase over several lines is joined by spaces.
  public let text: String
  /// The kind this phrase speaks for.
  public let kind: ReplyKind
  /// The id of the rule that matched, such as `promise.will-pay`.
  public let rule: String
  /// Whether a negation turned the phrase into this rule ("we can't pay" is
  /// hardship because "we can pay" was negated).
  public let isNegated: Bool

  /// Creates a piece of evidence.
  public init(
    line: Int, column: Int, text: String, kind: ReplyKind, rule: String, isNegated: Bool = false
  ) {
    self.line = line
    self.column = column
    self.text = text
    self.kind = kind
    self.rule = rule
    self.isNegated = isNegated
  }
}
