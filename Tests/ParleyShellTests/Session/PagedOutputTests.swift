import Testing

@testable import ParleyShell

@Suite("Paged output: long output through the pager, questions never")
struct PagedOutputTests {
  /// A pager that records what it was given.
  final class RecordingPager {
    var shown: [String] = []
    var starts = true
    func show(_ text: String) -> Bool {
      guard starts else { return false }
      shown.append(text)
      return true
    }
  }

  static let screen = TerminalSize(columns: 20, rows: 5)

  static func output() -> (PagedOutput, CapturedOutput, RecordingPager) {
    let destination = CapturedOutput()
    let pager = RecordingPager()
    let paged = PagedOutput(
      destination: destination, terminalSize: { screen }, showInPager: pager.show)
    return (paged, destination, pager)
  }

  @Test(
    "output longer than the screen less one line (for the prompt) is long; wrapped lines count",
    arguments: [
      ("a\nb\nc\nd\n", false), ("a\nb\nc\nd\ne\n", true), ("a\nb\nc\nd", false),
      (String(repeating: "x", count: 41) + "\nb\n", false),
      (String(repeating: "x", count: 61) + "\nb\n", true), ("株式会社アクメ株式会社アクメ株式会社アクメ\na\nb\n", true),
      ("", false),
    ])
  func length(text: String, isLong: Bool) {
    #expect(PagedOutput.isLonger(text, than: Self.screen) == isLong)
  }

  @Test("a long command output goes to the pager; its messages come after, on the terminal")
  func longGoesToPager() {
    let (paged, destination, pager) = Self.output()
    paged.hold {
      for line in 1...10 { paged.write("line \(line)\n") }
      paged.writeError("Warning: something\n")
    }
    #expect(pager.shown == [(1...10).map { "line \($0)\n" }.joined()])
    #expect(destination.standardOutput.isEmpty)
    #expect(destination.standardError == "Warning: something\n")
  }

  @Test("a short output is written as it came, in order")
  func shortIsWritten() {
    let (paged, destination, pager) = Self.output()
    paged.hold {
      paged.write("one\n")
      paged.writeError("note\n")
      paged.write("two\n")
    }
    #expect(pager.shown.isEmpty)
    #expect(destination.standardOutput == "one\ntwo\n")
    #expect(destination.standardError == "note\n")
  }

  @Test("when the pager cannot start, the output is written directly")
  func pagerFails() {
    let (paged, destination, pager) = Self.output()
    pager.starts = false
    paged.hold { for line in 1...10 { paged.write("line \(line)\n") } }
    #expect(destination.standardOutput.hasSuffix("line 10\n"))
  }

  @Test("a question releases what is held: it is written, and the rest is not paged")
  func questionReleases() {
    let (paged, destination, pager) = Self.output()
    let reader = ReleasingLineReader(ScriptedLineReader(lines: ["yes"]), releasing: paged)
    paged.hold {
      for line in 1...10 { paged.write("line \(line)\n") }
      #expect(destination.standardOutput.isEmpty)
      _ = reader.readLine(prompt: "Save? ")
      #expect(destination.standardOutput.hasSuffix("line 10\n"))
      for line in 11...20 { paged.write("line \(line)\n") }
    }
    #expect(pager.shown.isEmpty)
    #expect(destination.standardOutput.hasSuffix("line 20\n"))
  }

  @Test("outside a command, and in a nested one, nothing is held twice")
  func nesting() {
    let (paged, destination, pager) = Self.output()
    paged.write("banner\n")
    #expect(destination.standardOutput == "banner\n")
    paged.hold {
      paged.hold { for line in 1...10 { paged.write("line \(line)\n") } }
      #expect(pager.shown.isEmpty)
    }
    #expect(pager.shown.count == 1)
  }
}
