import ParleyShell
import Testing

@Suite("TabCompletion")
struct EditLineReaderCompletionTests {
  @Test(
    "the word being typed is the text after the last blank",
    arguments: [
      ("", ""), ("op", "op"), ("open ", ""), ("open ac", "ac"), ("pay  £5 caf", "caf"),
      ("pay £5", "£5"), ("a\tb", "b"), ("café", "café"),
    ])
  func currentWord(line: String, word: String) {
    #expect(TabCompletion.currentWord(in: line) == Substring(word))
  }

  @Test("one candidate: the rest of it and a space")
  func single() {
    #expect(TabCompletion.action(lineBeforeCursor: "op", candidates: ["open"]) == .insert("en "))
    #expect(TabCompletion.action(lineBeforeCursor: "open", candidates: ["open"]) == .insert(" "))
    #expect(
      TabCompletion.action(lineBeforeCursor: "open ac", candidates: ["acme", "beta"])
        == .insert("me "))
    #expect(TabCompletion.action(lineBeforeCursor: "", candidates: ["help"]) == .insert("help "))
  }

  @Test("one folder: up to its slash, with no space, ready for a name inside it")
  func folder() {
    #expect(
      TabCompletion.action(lineBeforeCursor: "check ./dr", candidates: ["./drafts/"])
        == .insert("afts/"))
    #expect(
      TabCompletion.action(lineBeforeCursor: "check ./dr", candidates: ["./draft.txt"])
        == .insert("aft.txt "))
  }

  @Test("several candidates: their common prefix, else a sorted list")
  func several() {
    #expect(
      TabCompletion.action(lineBeforeCursor: "pa", candidates: ["payments", "pay"]) == .insert("y"))
    #expect(
      TabCompletion.action(lineBeforeCursor: "pay", candidates: ["payments", "pay"])
        == .list(["pay", "payments"]))
    #expect(
      TabCompletion.action(lineBeforeCursor: "", candidates: ["plan", "open", "pay"])
        == .list(["open", "pay", "plan"]))
    #expect(
      TabCompletion.action(lineBeforeCursor: "p", candidates: ["plan", "pay", "pay"])
        == .list(["pay", "plan"]))
  }

  @Test("duplicates count once; candidates that do not fit the word are ignored")
  func filtering() {
    #expect(
      TabCompletion.action(lineBeforeCursor: "op", candidates: ["open", "open", "plan"])
        == .insert("en "))
    #expect(TabCompletion.action(lineBeforeCursor: "zz", candidates: ["open"]) == .none)
    #expect(TabCompletion.action(lineBeforeCursor: "op", candidates: []) == .none)
    #expect(TabCompletion.action(lineBeforeCursor: "Op", candidates: ["open"]) == .none)
  }

  @Test("multi-byte text before the cursor and in the candidates")
  func utf8() {
    #expect(
      TabCompletion.action(lineBeforeCursor: "pay £5 caf", candidates: ["café", "cafés"])
        == .insert("é"))
    #expect(
      TabCompletion.action(lineBeforeCursor: "pay £5 café", candidates: ["café", "cafés"])
        == .list(["café", "cafés"]))
    #expect(
      TabCompletion.action(lineBeforeCursor: "note Å", candidates: ["Ångström Ltd"])
        == .insert("ngström Ltd "))
    #expect(
      TabCompletion.action(lineBeforeCursor: "£", candidates: ["£5", "£50"]) == .insert("5"))
    // Decomposed and precomposed é are the same String: one candidate.
    #expect(
      TabCompletion.action(lineBeforeCursor: "caf", candidates: ["cafe\u{301}", "caf\u{e9}"])
        == .insert("e\u{301} "))
    // A decomposed é typed before the cursor completes a decomposed candidate.
    #expect(
      TabCompletion.action(lineBeforeCursor: "cafe\u{301}", candidates: ["cafe\u{301}s"])
        == .insert("s "))
  }

  @Test("columns fill top to bottom and fit the width")
  func columns() {
    #expect(TabCompletion.columns([], width: 80) == [])
    #expect(TabCompletion.columns(["pay", "payments"], width: 80) == ["pay       payments"])
    let words = ["a", "bb", "ccc", "dddd", "e"]
    #expect(TabCompletion.columns(words, width: 12) == ["a     dddd", "bb    e", "ccc"])
    #expect(TabCompletion.columns(words, width: 1) == ["a", "bb", "ccc", "dddd", "e"])
    for row in TabCompletion.columns(Array(repeating: "invoice", count: 30), width: 40) {
      #expect(row.count <= 40)
    }
  }
}
