import ParleyKit
import Testing

@testable import ParleyShell

/// One line per entry in `show --all`: a note shows its first line only.
@Suite("CaseEvent display lines")
struct CaseEventDisplayTests {
  @Test(
    "a note shows its first line, cut at any line break",
    arguments: [
      ("called them", "note: called them"),
      ("called them\nthey will pay", "note: called them …"),
      ("called them\r\nthey will pay", "note: called them …"),
      ("called them\rthey will pay", "note: called them …"),
      ("é\u{301} first\nsecond", "note: é\u{301} first …"),
    ])
  func noteFirstLine(_ text: String, _ expected: String) {
    #expect(CaseEvent.note(CaseEvent.Note(text: text)).displayLine == expected)
  }
}
