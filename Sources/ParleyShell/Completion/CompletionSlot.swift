/// What the word under the cursor is, read from the words before it and the
/// commands' own descriptions: the one rule Tab in the shell follows, and the
/// one the generated completion scripts spell out in each shell's language.
enum CompletionSlot: Equatable {
  /// The command's name (the first word).
  case command
  /// One of these options (the command's).
  case option([OptionSpec])
  /// A value of this kind: an option's value, or a positional argument.
  case value(ValueKind)
  /// Nothing to offer: an unknown command, or free text.
  case nothing

  /// The slot for the word after `words` (the command's name first), which
  /// begins with `partial`.
  ///
  /// After an option that takes a value, the slot is that value; a partial
  /// word starting with `-` is an option; otherwise it is the next positional
  /// argument when its kind offers candidates, else an option. `--` ends the
  /// options.
  static func after(_ words: [String], partial: String) -> CompletionSlot {
    guard let name = words.first else { return .command }
    guard let spec = try? CommandTable.command(named: name).spec else { return .nothing }
    let reading = Reading(spec, words.dropFirst())
    if let pending = reading.pendingOption { return .value(pending.values ?? .text) }
    if !reading.optionsEnded && partial.hasPrefix("-") { return .option(spec.options) }
    if let kind = spec.positionalKind(at: reading.position), kind.offersCandidates {
      return .value(kind)
    }
    return reading.optionsEnded ? .nothing : .option(spec.options)
  }

  /// The words after a command's name, read as its options and positionals.
  private struct Reading {
    /// How many positional arguments came before.
    var position = 0
    /// The option whose value comes next, if the last word was one that takes a value.
    var pendingOption: OptionSpec?
    /// Whether `--` was given.
    var optionsEnded = false

    init(_ spec: CommandSpec, _ words: ArraySlice<String>) {
      for word in words {
        if pendingOption != nil {
          pendingOption = nil
        } else if !optionsEnded && word == "--" {
          optionsEnded = true
        } else if !optionsEnded && word.hasPrefix("--") && word.count > 2 {
          // `--case=acme` carries its value; `--case` waits for it.
          guard !word.contains("=") else { continue }
          let option = spec.options.first { "--\($0.name)" == word }
          if option?.valueName != nil { pendingOption = option }
        } else {
          position += 1
        }
      }
    }
  }
}
