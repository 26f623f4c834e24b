/// A draft from a corpus: its text, whether a careful reader would stop it, and
/// which sentences are the problem.
public struct LabelledDraft: Codable, Hashable, Sendable {
  /// One offending sentence or clause, quoted exactly, and its category.
  public struct Problem: Codable, Hashable, Sendable {
    /// The offending text, an exact substring of the draft.
    public let quote: String
    /// The ``ToneCategory`` raw value.
    public let category: String

    /// A problem at `quote` of `category`.
    public init(quote: String, category: String) {
      self.quote = quote
      self.category = category
    }
  }

  /// The corpus id (`da-0001`).
  public let id: String
  /// The draft as the user would send it.
  public let text: String
  /// Whether a careful reader would stop it from going out as it is.
  public let flagged: Bool
  /// Every offending sentence; empty for a calm draft, and for older flagged
  /// drafts labelled only as a whole.
  public let problems: [Problem]

  /// A labelled draft.
  public init(id: String, text: String, flagged: Bool, problems: [Problem] = []) {
    self.id = id
    self.text = text
    self.flagged = flagged
    self.problems = problems
  }

  /// The UTF-8 offsets of each problem's quote in the text, with its category;
  /// quotes not found are left out.
  public var problemRanges: [(range: Range<Int>, category: String)] {
    let bytes = Array(text.utf8)
    return problems.compactMap { problem in
      let quote = Array(problem.quote.utf8)
      guard !quote.isEmpty, quote.count <= bytes.count else { return nil }
      for start in 0...(bytes.count - quote.count)
      where bytes[start] == quote[0] && Array(bytes[start..<(start + quote.count)]) == quote {
        return (start..<(start + quote.count), problem.category)
      }
      return nil
    }
  }

  /// Whether the draft says which of its sentences are the problem.
  public var hasSentenceLabels: Bool { !flagged || !problemRanges.isEmpty }
}
