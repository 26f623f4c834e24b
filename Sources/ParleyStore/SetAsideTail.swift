import Foundation

/// An incomplete last line that was moved out of a journal into a side file.
public struct SetAsideTail: Hashable, Sendable, CustomStringConvertible {
  /// The journal it came from.
  public var journal: URL
  /// The side file (`<id>.jsonl.torn-<UTC timestamp>`, mode 0600) holding exactly its bytes.
  public var sideFile: URL
  /// How many bytes were set aside.
  public var byteCount: Int
  /// How many complete lines the journal kept.
  public var keptLineCount: Int

  /// Creates a description of a set-aside tail.
  public init(journal: URL, sideFile: URL, byteCount: Int, keptLineCount: Int) {
    self.journal = journal
    self.sideFile = sideFile
    self.byteCount = byteCount
    self.keptLineCount = keptLineCount
  }

  /// What happened, for the user.
  public var description: String {
    "the last entry of \(journal.lastPathComponent) was incomplete (\(byteCount) bytes, most"
      + " likely from a crash while writing); it was moved to \(sideFile.path) and the journal"
      + " keeps its \(keptLineCount) complete lines"
  }
}
