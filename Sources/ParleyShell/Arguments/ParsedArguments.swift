/// A command's words sorted into options, flags and positional arguments.
public struct ParsedArguments: Sendable {
  /// Option values by name; the last one wins when given twice.
  public private(set) var values: [String: String] = [:]
  /// Flags that were given.
  public private(set) var flags: Set<String> = []
  /// Words that are not options, in order.
  public private(set) var positionals: [String] = []

  /// Parses `words` against `options`; `--` ends options.
  ///
  /// - Throws: ``ShellError/usage(_:command:)`` for an unknown option (with the
  ///   closest known one), a missing value, or a value given to a flag.
  init(_ words: [String], options: [OptionSpec], command: String) throws(ShellError) {
    var index = 0
    var optionsEnded = false
    while index < words.count {
      let word = words[index]
      index += 1
      guard !optionsEnded, word.hasPrefix("--"), word.count > 2 else {
        if word == "--" && !optionsEnded {
          optionsEnded = true
        } else {
          positionals.append(word)
        }
        continue
      }
      var name = String(word.dropFirst(2))
      var inlineValue: String?
      if let equals = name.firstIndex(of: "=") {
        inlineValue = String(name[name.index(after: equals)...])
        name = String(name[..<equals])
      }
      guard let spec = options.first(where: { $0.name == name }) else {
        let suggestion = options.map(\.name).closest(to: name).map { " Did you mean '--\($0)'?" }
        throw .usage(
          "Unknown option '--\(name)' for '\(command)'.\(suggestion ?? "")", command: command)
      }
      if spec.valueName == nil {
        guard inlineValue == nil else {
          throw .usage("'--\(name)' takes no value", command: command)
        }
        flags.insert(name)
      } else if let value = inlineValue {
        values[name] = value
      } else if index < words.count {
        values[name] = words[index]
        index += 1
      } else {
        throw .usage("'--\(name)' needs a value: \(spec.synopsis)", command: command)
      }
    }
  }

  /// Whether the flag `name` was given.
  public func has(_ name: String) -> Bool { flags.contains(name) }

  /// The value of option `name`, if given.
  public func value(_ name: String) -> String? { values[name] }
}
