import ParleyShell
import Testing

@Suite("ScriptedLineReader")
struct ScriptedLineReaderTests {
  @Test("plays back inputs in order, then end of input for ever")
  func playsBack() {
    let reader = ScriptedLineReader([.line("open acme"), .interrupted, .line("quit")])
    #expect(reader.readLine(prompt: "parley> ") == .line("open acme"))
    #expect(reader.lineNumber == 1)
    #expect(reader.readLine(prompt: "parley> ") == .interrupted)
    #expect(reader.lineNumber == 1)
    #expect(reader.readLine(prompt: "amount? ") == .line("quit"))
    #expect(reader.lineNumber == 2)
    #expect(reader.readLine(prompt: "parley> ") == .endOfInput)
    #expect(reader.readLine(prompt: "parley> ") == .endOfInput)
    #expect(reader.lineNumber == 2)
    #expect(reader.prompts == ["parley> ", "parley> ", "amount? ", "parley> ", "parley> "])
  }

  @Test("records remembered lines and says whether it is interactive")
  func remembers() {
    let reader = ScriptedLineReader(lines: ["a", "b"], isInteractive: false)
    #expect(!reader.isInteractive)
    reader.remember("a")
    #expect(reader.remembered == ["a"])
    #expect(reader.remaining == [.line("a"), .line("b")])
    #expect(ScriptedLineReader([]).isInteractive)
    #expect(ScriptedLineReader([]).readLine(prompt: "") == .endOfInput)
  }
}
