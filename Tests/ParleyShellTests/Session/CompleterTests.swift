import Testing

@testable import ParleyShell

@Suite("Completer: what Tab offers")
struct CompleterTests {
  let completer = Completer { ["acme-ltd", "acorn-design", "bob-smith"] }

  @Test(arguments: [
    ("", CommandTable.names.sorted()),
    ("ca", ["call", "cases", "cashflow"]),
    ("case", ["cases"]),
    ("open ac", ["acme-ltd", "acorn-design"]),
    ("open b", ["bob-smith"]),
    ("log --ch", ["--channel"]),
    ("log --channel ", ["email", "letter", "meeting", "message", "phone"]),
    ("log --channel me", ["meeting", "message"]),
    ("show --case a", ["acme-ltd", "acorn-design"]),
    ("log --summary ", []),
    ("help ex", ["exit-codes", "export"]),
    ("escalate me", ["mediation-agreed", "mediation-offered", "mediation-refused"]),
    ("zzz ", []),
  ])
  func offers(line: String, expected: [String]) {
    #expect(completer.candidates(for: line) == expected)
  }
}
