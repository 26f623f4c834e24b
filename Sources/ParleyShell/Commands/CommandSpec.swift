/// How a command describes itself: help, completion and the one-shot CLI all
/// come from this one description.
public struct CommandSpec: Sendable {
  /// The name typed to run it (`log`).
  public let name: String
  /// Other names that run it (`exit` for `quit`).
  public let aliases: [String]
  /// One line on what it does, for the command list.
  public let summary: String
  /// The positional arguments in usage form (`CASE`, `[COMMAND]`), if any.
  public let arguments: String?
  /// What each positional argument is, in order (a draft kind, a file…), for
  /// Tab, the completion scripts and the manual; those past the end are text.
  public let positionals: [ValueKind]
  /// A few sentences on how it works, for `help COMMAND`.
  public let discussion: String
  /// Example invocations, as a user would type them in the shell.
  public let examples: [String]
  /// The options it accepts.
  public let options: [OptionSpec]
  /// How many positional arguments it takes at most; more is a usage error.
  public let maximumArguments: Int
  /// Whether it records entries in a journal: `--json` then prints them,
  /// with their numbers, instead of the words (see ``OptionSpec/recordedEntriesJSON``).
  public let recordsEntries: Bool
  /// Whether the last positional kind stands for every argument after it
  /// too (`import PATH...`), for completion.
  public let repeatsLastPositional: Bool

  /// Creates a description. Without `maximumArguments`, a command takes
  /// none when `arguments` is nil and one otherwise; ``anyNumber`` is for
  /// words joined into one text (a note, a client's name).
  public init(
    name: String, aliases: [String] = [], summary: String, arguments: String? = nil,
    maximumArguments: Int? = nil, positionals: [ValueKind] = [], discussion: String,
    examples: [String], options: [OptionSpec] = [], recordsEntries: Bool = false,
    repeatsLastPositional: Bool = false
  ) {
    self.name = name
    self.aliases = aliases
    self.summary = summary
    self.arguments = arguments
    self.maximumArguments = maximumArguments ?? (arguments == nil ? 0 : 1)
    self.positionals = positionals
    self.discussion = discussion
    self.examples = examples
    self.options = options + (recordsEntries ? [.recordedEntriesJSON] : [])
    self.recordsEntries = recordsEntries
    self.repeatsLastPositional = repeatsLastPositional
  }

  /// The kind of positional argument `index` (0 first), if the command declares one.
  public func positionalKind(at index: Int) -> ValueKind? {
    if index < positionals.count { return positionals[index] }
    return repeatsLastPositional ? positionals.last : nil
  }

  /// For ``maximumArguments``: words that are joined, as many as typed.
  public static let anyNumber = Int.max

  /// The usage line: `log [--case CASE] [--json]`.
  public var usage: String {
    var parts = [name]
    if let arguments { parts.append(arguments) }
    parts += options.map { "[\($0.synopsis)]" }
    return parts.joined(separator: " ")
  }
}

extension OptionSpec {
  /// `--case CASE`: which case, when none is open.
  static let caseOption = OptionSpec.value(
    "case", "CASE", "the case to use (its id, a unique prefix, or the client's name)")
  /// `--json` on a command that records: the entries it recorded, as JSON.
  static let recordedEntriesJSON = OptionSpec.flag(
    "json", "print the entries recorded, with their numbers, as JSON")
  /// `--json`: machine-readable output.
  static let json = OptionSpec.flag(
    "json", "print JSON (stable keys, amounts as decimal strings with the currency, ISO dates)")
}
