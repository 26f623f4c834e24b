#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The size of the terminal parley writes to, as far as it is known.
public struct TerminalSize: Equatable, Sendable {
  /// The width in columns, or nil when standard output is not a terminal and
  /// `COLUMNS` is not set.
  public var columns: Int?
  /// The height in lines, or nil when not known.
  public var rows: Int?

  /// The width text is wrapped to when the terminal's is not known.
  public static let defaultColumns = 80

  public init(columns: Int? = nil, rows: Int? = nil) {
    self.columns = columns
    self.rows = rows
  }

  /// The width to wrap text to: ``columns``, else ``defaultColumns``.
  public var textColumns: Int { columns ?? Self.defaultColumns }

  /// `COLUMNS` and `LINES` when set to a positive number, else the size of
  /// the terminal on standard output (ioctl `TIOCGWINSZ`), else unknown.
  public static func current(environment: [String: String]) -> TerminalSize {
    var window = winsize()
    let measured = ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &window) == 0
    func positive(_ name: String) -> Int? {
      environment[name].flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil }
    }
    return TerminalSize(
      columns: positive("COLUMNS") ?? (measured && window.ws_col > 0 ? Int(window.ws_col) : nil),
      rows: positive("LINES") ?? (measured && window.ws_row > 0 ? Int(window.ws_row) : nil))
  }
}
