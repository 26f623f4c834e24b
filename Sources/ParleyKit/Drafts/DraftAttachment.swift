/// A page that goes with a draft, such as the statement of account a letter
/// before claim encloses.
public struct DraftAttachment: Hashable, Sendable {
  /// The page's title: `Statement of account`.
  public let title: String
  /// Its rows, as text: one line each.
  public let lines: [String]

  /// Creates a page.
  public init(title: String, lines: [String]) {
    self.title = title
    self.lines = lines
  }

  /// The page as plain text: the title, underlined, then the lines.
  public var text: String {
    ([title, String(repeating: "=", count: title.count)] + lines).joined(separator: "\n")
  }
}
