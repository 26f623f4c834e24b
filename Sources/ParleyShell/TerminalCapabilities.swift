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
  /// confirmations make sense, and an error does not end the session.
  /// Otherwise parley runs a script.
  public var isInteractive: Bool
  /// Standard output is a terminal: output may be paged, tables fit its width.
  public var writesToTerminal: Bool
  /// Use libedit (line editing, history, completion) rather than plain reads.
  public var usesLineEditor: Bool
  /// Colour the output with ANSI escape sequences.
  public var usesColor: Bool
  /// The terminal is one that full-screen programs can draw on: `TERM` is set,
  /// is not `dumb`, and this is not an Emacs buffer (`INSIDE_EMACS`).
  public var isCapable: Bool

  /// The facts, kept to decide again with another ``ColorChoice``.
  private let environment: [String: String]

  /// Decides from the facts.
  ///
  /// - The session is interactive when stdin is a terminal, whatever `TERM`
  ///   says: on a dumb terminal (`TERM=dumb`, Emacs's `M-x shell`) it still
  ///   has a banner, prompts, and errors that do not end it.
  /// - libedit only when stdin and stdout are terminals, `TERM` is set and is
  ///   not `dumb`, and `INSIDE_EMACS` is unset.
  /// - colour: `always` and `never` decide. With `auto`, `NO_COLOR` set and
  ///   not empty turns it off (no-color.org); else `CLICOLOR_FORCE` set and
  ///   not empty or `0` turns it on, even off a terminal; else `CLICOLOR=0`
  ///   turns it off (bixense.com/clicolors); else colour when stdout is a
  ///   terminal and `TERM` is set and is not `dumb`.
  public init(
    stdinIsTerminal: Bool, stdoutIsTerminal: Bool, environment: [String: String],
    color: ColorChoice = .auto
  ) {
    let term = environment["TERM"] ?? ""
    let smartTerminal = !term.isEmpty && term != "dumb"
    self.environment = environment
    isInteractive = stdinIsTerminal
    writesToTerminal = stdoutIsTerminal
    isCapable = smartTerminal && environment["INSIDE_EMACS"] == nil
    usesLineEditor = stdinIsTerminal && stdoutIsTerminal && isCapable
    func isSet(_ name: String) -> Bool { !(environment[name] ?? "").isEmpty }
    switch color {
    case .always: usesColor = true
    case .never: usesColor = false
    case .auto where isSet("NO_COLOR"): usesColor = false
    case .auto where isSet("CLICOLOR_FORCE") && environment["CLICOLOR_FORCE"] != "0":
      usesColor = true
    case .auto where environment["CLICOLOR"] == "0": usesColor = false
    case .auto: usesColor = stdoutIsTerminal && smartTerminal
    }
  }

  /// The same terminal with the colour decided by `color`.
  public func choosingColor(_ color: ColorChoice) -> TerminalCapabilities {
    TerminalCapabilities(
      stdinIsTerminal: isInteractive, stdoutIsTerminal: writesToTerminal,
      environment: environment, color: color)
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
