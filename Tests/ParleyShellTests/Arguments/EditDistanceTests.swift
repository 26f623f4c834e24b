import Testing

@testable import ParleyShell

@Suite("Edit distance and 'did you mean'")
struct EditDistanceTests {
  @Test(arguments: [
    ("cases", "cases", 0), ("cass", "cases", 1), ("kitten", "sitting", 3), ("", "abc", 3),
    ("café", "cafe", 1), ("jsno", "json", 1), ("shwo", "show", 1),
  ])
  func distance(from: String, to: String, expected: Int) {
    #expect(from.editDistance(to: to) == expected)
    #expect(to.editDistance(to: from) == expected)
  }

  @Test func suggestsOnlyWhatIsCloseEnoughToBeATypo() {
    let names = ["cases", "open", "show", "log", "paid"]
    #expect(names.closest(to: "cass") == "cases")
    #expect(names.closest(to: "SHOW") == "show")
    #expect(names.closest(to: "xyzzy") == nil)
    #expect(names.closest(to: String(repeating: "x", count: 130_000)) == nil)
  }

  @Test func anOptionOfAnotherCommandIsNotTakenForATypo() {
    let logOptions = ["case", "channel", "out", "in", "on", "summary", "text-file", "text"]
    #expect(logOptions.closest(to: "json") == nil, "not 'on'")
    #expect(["amount", "on"].closest(to: "ammount") == "amount")
    #expect(["json", "case"].closest(to: "jsno") == "json")
  }
}
