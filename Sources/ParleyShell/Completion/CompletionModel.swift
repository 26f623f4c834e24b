/// The commands as the completion scripts see them: names a shell can type,
/// and the words each kind of value offers. Every script is rendered from it.
struct CompletionModel {
  /// One command with the names that run it.
  struct Command {
    /// The command's description.
    let spec: CommandSpec
    /// Its name and aliases, keeping only plain words (no `?`), which every
    /// shell can match without quoting.
    let names: [String]
  }

  /// Every command, in the order `help` lists them.
  let commands: [Command]

  init(commands specs: [CommandSpec]) {
    commands = specs.map { spec in
      Command(spec: spec, names: ([spec.name] + spec.aliases).filter(Self.isPlainWord))
    }
  }

  /// Every name and alias a user can type first.
  var commandNames: [String] { commands.flatMap(\.names) }

  /// The options of `spec` that take a value.
  static func valuedOptions(of spec: CommandSpec) -> [OptionSpec] {
    spec.options.filter { $0.valueName != nil }
  }

  /// The positional arguments worth completing, with their index (0 first).
  ///
  /// A kind that repeats (`import PATH...`) is listed for the next
  /// ``repeatedPositionals`` places too, for the scripts that count places.
  static func completedPositionals(of spec: CommandSpec) -> [(index: Int, kind: ValueKind)] {
    let places = spec.positionals.count + (spec.repeatsLastPositional ? repeatedPositionals : 0)
    return (0..<places).compactMap { index in
      guard let kind = spec.positionalKind(at: index), kind.offersCandidates else { return nil }
      return (index: index, kind: kind)
    }
  }

  /// How many places after its own a repeating positional is completed in
  /// the bash and fish scripts (zsh says "the rest" itself).
  static let repeatedPositionals = 15

  private static func isPlainWord(_ word: String) -> Bool {
    guard let first = word.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
    return word.unicodeScalars.allSatisfy {
      ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
    }
  }
}
