import Testing

@testable import ParleyShell

@Suite("Help: generated from the commands' own descriptions")
struct HelpTextTests {
  @Test func everyCommandIsListedWithItsSummary() {
    let overview = HelpText.overview(style: Style(isColored: false), width: 200)
    for command in CommandTable.all {
      #expect(overview.contains("  \(command.spec.name)"))
      #expect(overview.contains(command.spec.summary))
    }
    #expect(overview.contains("It is not legal advice."))
  }

  @Test func everyCommandHasExamplesThatParse() throws {
    for command in CommandTable.all {
      #expect(!command.spec.examples.isEmpty, "\(command.spec.name) has no examples")
      for example in command.spec.examples {
        let words = try ArgumentTokenizer.words(of: example)
        let found = try CommandTable.command(named: words[0])
        #expect(found.spec.name == command.spec.name)
        _ = try ParsedArguments(
          Array(words.dropFirst()), options: found.spec.options, command: found.spec.name)
      }
    }
  }

  @Test func commandHelpIsPinned() {
    let text = HelpText.command(VoidCommand.spec, style: Style(isColored: false))
    #expect(
      text == """
        void — Cancel an entry, keeping it in the record with a reason

        Usage: void ENTRY [--case CASE] [--reason TEXT] [--json]

        The journal is the audit trail, so nothing is edited or deleted: an entry that
        should not be there is voided by its number (in 'show --all') with a reason;
        one with a wrong amount or day is corrected with 'edit'. The voided entry
        stays, marked void.

        Options
          --case CASE    the case to use (its id, a unique prefix, or the client's name)
          --reason TEXT  why the entry is cancelled
          --json         print the entries recorded, with their numbers, as JSON

        Examples
          void 4 --reason "wrong amount, it was £450"
        """)
  }

  @Test(
    "law: every line of help, for every command and topic, fits the width",
    arguments: [20, 32, 40, 57, 80])
  func fitsTheWidth(width: Int) {
    let style = Style(isColored: false)
    var texts = [HelpText.overview(style: style, width: width)]
    texts += CommandTable.all.map { HelpText.command($0.spec, style: style, width: width) }
    texts += HelpText.topicNames.compactMap { HelpText.topic($0, width: width) }
    for text in texts {
      for line in text.split(separator: "\n") {
        #expect(String(line).displayWidth <= width, "\(line.debugDescription) in \(width)")
      }
    }
  }

  @Test("law: the usage line breaks between options, never inside one", arguments: [40, 57, 80])
  func usageBreaksBetweenOptions(width: Int) {
    // A group wider than a whole line (plan's subcommands at 40) is broken between its words.
    for command in CommandTable.all
    where command.spec.arguments.map({ $0.count + 7 <= width - 2 }) ?? true {
      let text = HelpText.command(command.spec, style: Style(isColored: false), width: width)
      let usage = text.split(separator: "\n").drop { !$0.hasPrefix("Usage: ") }
        .prefix { $0.hasPrefix("Usage: ") || $0.hasPrefix("       ") }
      for line in usage {
        let opened = line.filter { $0 == "[" }.count
        #expect(opened == line.filter { $0 == "]" }.count, "\(command.spec.name): \(line)")
      }
    }
  }

  @Test("help is as wide as the terminal, up to 80 columns")
  func helpWidth() {
    #expect(HelpText.width(forTerminal: 40) == 40)
    #expect(HelpText.width(forTerminal: 200) == 80)
    #expect(HelpText.width(forTerminal: 5) == 20)
  }

  @Test("an option's known values are listed in its help, from the same declaration as Tab")
  func optionChoicesInHelp() {
    // Wrapped to the width: compare the words, whatever the line breaks.
    func words(_ spec: CommandSpec) -> String {
      HelpText.command(spec, style: Style(isColored: false)).split(whereSeparator: \.isWhitespace)
        .joined(separator: " ")
    }
    #expect(
      words(LogCommand.spec).contains(
        "--channel CHANNEL how you were in touch: email, phone, letter, meeting, message"))
    #expect(
      words(NewCommand.spec).contains(
        "what the client is (default business): business, sole-trader, individual"))
  }

  @Test func environmentTopicListsEveryVariable() {
    // Wrapped to the width: compare the words, whatever the line breaks.
    let words = (HelpText.topic("environment") ?? "").split(whereSeparator: \.isWhitespace)
      .joined(separator: " ")
    for variable in EnvironmentVariable.documented {
      #expect(words.contains(variable.name), "\(variable.name)")
      #expect(words.contains(variable.meaning), "\(variable.meaning)")
    }
  }

  @Test func exitCodesTopicListsEveryStatus() {
    let text = HelpText.topic("exit-codes", width: 200) ?? ""
    for (status, meaning) in ExitStatus.documented {
      #expect(text.contains("\(status.rawValue)"))
      #expect(text.contains(meaning))
    }
  }

  @Test func namesAreUnique() {
    let names = CommandTable.names
    #expect(Set(names).count == names.count)
  }
}
