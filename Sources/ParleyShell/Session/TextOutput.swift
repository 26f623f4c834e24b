/// Where the shell writes: standard output for results, standard error for messages.
public protocol TextOutput: AnyObject {
  /// Writes `text` to standard output as is.
  func write(_ text: String)
  /// Writes `text` to standard error as is.
  func writeError(_ text: String)
  /// The `errno` of the first write to standard output that failed (a full
  /// disk, a closed pipe), if one did; output after it is dropped.
  var outputFailure: Int32? { get }
}

extension TextOutput {
  public var outputFailure: Int32? { nil }
}

/// The process's real standard output and error, written with write(2), with
/// control characters escaped (see ``TerminalText``).
public final class StandardStreams: TextOutput {
  public private(set) var outputFailure: Int32?

  public init() {}

  public func write(_ text: String) {
    guard outputFailure == nil else { return }
    outputFailure = DescriptorWriter.writeAll(TerminalText.safe(text), to: 1)
  }
  public func writeError(_ text: String) {
    _ = DescriptorWriter.writeAll(TerminalText.safe(text), to: 2)
  }
}

/// Output collected in memory, for tests.
public final class CapturedOutput: TextOutput {
  /// Everything written to standard output.
  public private(set) var standardOutput = ""
  /// Everything written to standard error.
  public private(set) var standardError = ""

  public init() {}

  public func write(_ text: String) { standardOutput += text }
  public func writeError(_ text: String) { standardError += text }
}
