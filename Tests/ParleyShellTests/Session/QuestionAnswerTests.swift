import Testing

@testable import ParleyShell

/// A question waiting at the prompt, and a command typed at it by someone who forgot.
@Suite struct QuestionAnswerTests {
  @Test func aCommandTypedAtAQuestionIsAskedAboutNotTaken() throws {
    let shell = try ShellHarness()
    let run = try shell.session(["me", "me --email sam@bakerdesign.example", "Sam Baker"])
    #expect(
      run.stderr.contains(
        "That looks like the 'me' command, not an answer. Answer the question (or type the same "
          + "again to use it as the answer), or press Ctrl-C to stop."))
    let prompts = run.reader.prompts.filter { !$0.hasPrefix("parley") }
    // The first question twice, then the next one: "Sam Baker" was the answer.
    #expect(prompts.count >= 3)
    #expect(prompts[0] == prompts[1])
    #expect(prompts[2] != prompts[1])
  }

  @Test func typedAgainItIsTheAnswer() throws {
    let shell = try ShellHarness()
    let line = "note --case acme hello"
    let run = try shell.session(["me", line, line])
    let prompts = run.reader.prompts.filter { !$0.hasPrefix("parley") }
    #expect(prompts.count >= 3)
    #expect(prompts[0] == prompts[1])
    #expect(prompts[2] != prompts[1], "the second time it was taken")
  }

  @Test func onlyACommandNameWithAnOptionCounts() {
    #expect(ShellContext.commandTyped(in: "me --email a@b.example") == "me")
    #expect(ShellContext.commandTyped(in: "Show --json") == "show")
    #expect(ShellContext.commandTyped(in: "Open Design Ltd") == nil)
    #expect(ShellContext.commandTyped(in: "note the -- dash") == nil)
    #expect(ShellContext.commandTyped(in: "Kim --accounts") == nil)
  }

  @Test func aScriptGetsWhatItTyped() throws {
    let shell = try ShellHarness()
    let run = try shell.session(["me", "show --json"], interactive: false)
    #expect(!run.stderr.contains("That looks like"))
  }
}
