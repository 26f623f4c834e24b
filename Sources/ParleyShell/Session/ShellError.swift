/// A failure a command reports to the user, with the exit status it maps to.
///
/// Messages say what was wrong and how to fix it; the loop prints them as
/// `parley: message` (or `stdin:LINE: message` in a script).
public enum ShellError: Error, Equatable, CustomStringConvertible {
  /// The command line was wrong; `command` names the command for a usage hint.
  case usage(String, command: String?)
  /// The input was understood but cannot be used.
  case invalid(String)
  /// The user cancelled, or an answer was needed and none came.
  case cancelled(String)
  /// The user pressed Ctrl-C: in one-shot mode the exit status is 130, as
  /// for any command a shell interrupts.
  case interrupted(String)
  /// The workspace or a journal could not be read or written.
  case data(String)
  /// The command answered "no" (a broken chain); its output says why.
  case failed(String)

  public var description: String {
    switch self {
    case .usage(let message, _), .invalid(let message), .cancelled(let message),
      .interrupted(let message), .data(let message), .failed(let message):
      return message
    }
  }

  /// Whether the user stopped the command (a "no", Ctrl-C, or input that ended).
  public var isCancellation: Bool {
    switch self {
    case .cancelled, .interrupted: true
    default: false
    }
  }

  /// The same stop, said with `message` instead.
  func saying(_ message: String) -> ShellError {
    switch self {
    case .usage(_, let command): .usage(message, command: command)
    case .invalid: .invalid(message)
    case .cancelled: .cancelled(message)
    case .interrupted: .interrupted(message)
    case .data: .data(message)
    case .failed: .failed(message)
    }
  }

  /// The exit status for this error in one-shot and script mode.
  public var status: ExitStatus {
    switch self {
    case .usage: .usage
    case .invalid, .failed: .failure
    case .cancelled: .cancelled
    case .interrupted: .interrupted
    case .data: .data
    }
  }
}
