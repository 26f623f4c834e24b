/// What recovery a journal needed since it was opened.
///
/// Empty for a healthy journal. When a crash left an incomplete last line,
/// it lists where those bytes went: they are never silently dropped.
public struct OpenReport: Hashable, Sendable {
  /// Incomplete last lines moved to side files, oldest first.
  public var setAside: [SetAsideTail]

  /// Creates a report.
  public init(setAside: [SetAsideTail] = []) {
    self.setAside = setAside
  }

  /// Whether nothing needed repair.
  public var isClean: Bool { setAside.isEmpty }
}
