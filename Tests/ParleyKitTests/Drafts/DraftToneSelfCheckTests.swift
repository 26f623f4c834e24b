import Testing

@testable import ParleyKit

@Suite("DraftToneSelfCheck: the stand-in catches what it should")
struct DraftToneSelfCheckTests {
  @Test func findsPhrasesAsWholeWordsOnly() {
    let words = DraftToneSelfCheck.wordsOf("i am still waiting for the courtyard")
    #expect(DraftToneSelfCheck.contains(words, ["still", "waiting"]))
    #expect(!DraftToneSelfCheck.contains(words, ["court"]))
    #expect(!DraftToneSelfCheck.contains(words, ["waiting", "still"]))
  }

  @Test func findsWordsInCapitals() {
    #expect(
      DraftToneSelfCheck.capitalWords("Please PAY invoice INV-042 NOW, A") == ["PAY", "INV", "NOW"])
  }
}
