#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What the terminal around parley can do, decided from plain facts (which
/// standard streams are terminals, the environment) so it is testable.
public struct TerminalCapabilities: Equatable, Sendable {
  /// The `--color` choice; `auto` decides from the terminal and environment.
  public enum ColorChoice: String, Equatable, Sendable, CaseIterable {
    case auto, always, never
  }

  /// A person is typing (stdin is a terminal): prompts, banners and
  /// confirmations make sense. Otherwise parley runs a script.
  public var isInteractive: Bool
  /// Use libedit (line editing, history, completion) rather than plain reads.
  public var usesLineEditor: Bool
  /// Colour the output with ANSI escape sequences.
  public var usesColor: Bool

  /// Decides from the facts.
  ///
  /// - libedit only when stdin and stdout are terminals, `TERM` is set and is
  ///   not `dumb`, and `INSIDE_EMACS` is unset.
  /// - colour (`auto`) only when stdout is a terminal, `NO_COLOR` is unset or
  ///   empty (no-color.org), and `TERM` is set and is not `dumb`.
  public init(
    stdinIsTerminal: Bool, stdoutIsTerminal: Bool, environment: [String: String],
    color: ColorChoice = .auto
  ) {
    let term = environment["TERM"] ?? ""
    let smartTerminal = !term.isEmpty && term != "dumb"
    isInteractive = stdinIsTerminal
    usesLineEditor =
      stdinIsTerminal && stdoutIsTerminal && smartTerminal && environment["INSIDE_EMACS"] == nil
    switch color {
    case .always: usesColor = true
    case .never: usesColor = false
    case .auto:
      usesColor = stdoutIsTerminal && smartTerminal && (environment["NO_COLOR"] ?? "").isEmpty
    }
  }

  /// The capabilities of this process's stdin and stdout.
  public static func current(
    environment: [String: String], color: ColorChoice = .auto
  ) -> TerminalCapabilities {
    TerminalCapabilities(
      stdinIsTerminal: isatty(STDIN_FILENO) != 0,
      stdoutIsTerminal: isatty(STDOUT_FILENO) != 0,
      environment: environment, color: color)
  }
}
