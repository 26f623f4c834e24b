import Testing

@testable import ParleyShell

@Suite("Help: generated from the commands' own descriptions")
struct HelpTextTests {
  @Test func everyCommandIsListedWithItsSummary() {
    let overview = HelpText.overview(style: Style(isColored: false))
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

        Usage: void ENTRY [--case CASE] [--reason TEXT]

        The journal is the audit trail, so nothing is edited or deleted: an entry that
        should not be there is voided by its number (in 'show --all') with a reason;
        one with a wrong amount or day is corrected with 'edit'. The voided entry
        stays, marked void.

        Options
          --case CASE    the case to use (its id, a unique prefix, or the client's name)
          --reason TEXT  why the entry is cancelled

        Examples
          void 4 --reason "wrong amount, it was £450"
        """)
  }

  @Test func exitCodesTopicListsEveryStatus() {
    let text = HelpText.topic("exit-codes") ?? ""
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
