/// The exit statuses parley uses, documented in `help exit-codes`.
public struct ExitStatus: RawRepresentable, Hashable, Sendable {
  public let rawValue: Int32
  public init(rawValue: Int32) { self.rawValue = rawValue }

  /// Everything worked.
  public static let success = ExitStatus(rawValue: 0)
  /// The command ran but the answer is "no" or it failed: bad input, a broken chain.
  public static let failure = ExitStatus(rawValue: 1)
  /// The command line itself was wrong: unknown command or option, missing value.
  public static let usage = ExitStatus(rawValue: 2)
  /// The user cancelled, or a confirmation was needed and none could be asked.
  public static let cancelled = ExitStatus(rawValue: 3)
  /// The workspace could not be read or written: permissions, a lock, a damaged journal.
  public static let data = ExitStatus(rawValue: 4)
  /// Interrupted by Ctrl-C (SIGINT) in a script.
  public static let interrupted = ExitStatus(rawValue: 130)

  /// Every status with its meaning, for `help exit-codes`.
  static let documented: [(ExitStatus, String)] = [
    (.success, "success"),
    (.failure, "the command failed or said no: bad input, a draft to revise, a broken chain"),
    (.usage, "usage error: unknown command or option, a missing or extra argument"),
    (.cancelled, "cancelled, or an answer was needed and there was no input to give it"),
    (.data, "the workspace could not be read or written: permissions, lock, damaged journal"),
    (.interrupted, "interrupted with Ctrl-C"),
  ]
}
