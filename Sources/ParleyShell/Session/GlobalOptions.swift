/// The options every command takes, before or after it: `--color=WHEN`,
/// `--no-color` and `--no-pager`. Words after `--` are left alone.
public struct GlobalOptions: Equatable, Sendable {
  /// Whether to colour the output.
  public var color: TerminalCapabilities.ColorChoice = .auto
  /// Whether long output may go through the pager.
  public var pages = true

  public init(color: TerminalCapabilities.ColorChoice = .auto, pages: Bool = true) {
    self.color = color
    self.pages = pages
  }

  /// The global options in `arguments`, and the other words in order.
  ///
  /// `--color` alone means `always`, as in git and ls.
  /// - Throws: ``ShellError/usage(_:command:)`` for a `--color` value that is
  ///   not auto, always or never.
  static func split(_ arguments: [String]) throws(ShellError) -> (GlobalOptions, [String]) {
    var options = GlobalOptions()
    var rest: [String] = []
    var optionsEnded = false
    for word in arguments {
      if optionsEnded {
        rest.append(word)
        continue
      }
      switch word {
      case "--":
        optionsEnded = true
        rest.append(word)
      case "--no-pager": options.pages = false
      case "--no-color", "--no-colour": options.color = .never
      case "--color", "--colour": options.color = .always
      case _ where word.hasPrefix("--color=") || word.hasPrefix("--colour="):
        let value = word[word.index(after: word.firstIndex(of: "=") ?? word.startIndex)...]
        guard let choice = TerminalCapabilities.ColorChoice(rawValue: value.lowercased()) else {
          throw .usage(
            "--color takes auto, always or never, not '\(value)'; e.g. --color=never",
            command: nil)
        }
        options.color = choice
      default:
        rest.append(word)
      }
    }
    return (options, rest)
  }
}
