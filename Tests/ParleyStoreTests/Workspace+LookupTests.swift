import ParleyKit
import ParleyStore
import Testing

@Suite struct WorkspaceLookupTests {
  private func workspace(with clients: [String]) throws -> TemporaryWorkspace {
    let temp = try TemporaryWorkspace()
    for client in clients { _ = try temp.openCase(client: client) }
    return temp
  }

  @Test func findsByExactIDPrefixOrClientName() throws {
    let temp = try workspace(with: ["Acme Ltd", "Acorn Design", "Zeta Studio", "Acme"])
    let cases = temp.workspace
    #expect(try cases.findCase("acme").id == "acme")
    #expect(try cases.findCase("acme-l").id == "acme-ltd")
    #expect(try cases.findCase("ZETA").id == "zeta-studio")
    #expect(try cases.findCase("Acme Ltd.").id == "acme-ltd")
    #expect(try cases.findCase("studio").client == "Zeta Studio")
  }

  @Test func ambiguousPrefixListsTheCandidates() throws {
    let temp = try workspace(with: ["Acme Ltd", "Acorn Design", "Zeta Studio"])
    let expected = StoreError.ambiguousCase(
      query: "ac",
      candidates: [
        CaseSummary(id: "acme-ltd", client: "Acme Ltd"),
        CaseSummary(id: "acorn-design", client: "Acorn Design"),
      ])
    #expect(throws: expected) { try temp.workspace.findCase("ac") }
    #expect(
      expected.description
        == "'ac' matches 2 cases: acme-ltd (Acme Ltd), acorn-design (Acorn Design);"
        + " type more of the id")
  }

  @Test func ambiguousClientNameListsTheCandidates() throws {
    let temp = try workspace(with: ["Big Design", "Small Design"])
    #expect(
      throws: StoreError.ambiguousCase(
        query: "design",
        candidates: [
          CaseSummary(id: "big-design", client: "Big Design"),
          CaseSummary(id: "small-design", client: "Small Design"),
        ])
    ) { try temp.workspace.findCase("design") }
  }

  @Test func notFoundSuggestsCloseIDs() throws {
    let temp = try workspace(with: ["Acme Ltd", "Zeta Studio"])
    let expected = StoreError.caseNotFound(
      query: "acne-ltd", suggestions: [CaseSummary(id: "acme-ltd", client: "Acme Ltd")],
      caseCount: 2)
    #expect(throws: expected) { try temp.workspace.findCase("acne-ltd") }
    #expect(expected.description == "no case matches 'acne-ltd'; did you mean acme-ltd (Acme Ltd)?")
    #expect(throws: StoreError.caseNotFound(query: "qqqq", suggestions: [], caseCount: 2)) {
      try temp.workspace.findCase("qqqq")
    }
  }

  @Test func notFoundInAnEmptyWorkspaceSaysSo() throws {
    let temp = try workspace(with: [])
    let expected = StoreError.caseNotFound(query: "acme", suggestions: [], caseCount: 0)
    #expect(throws: expected) { try temp.workspace.findCase("acme") }
    #expect(
      expected.description == "no case matches 'acme': there are no cases yet; open one first")
  }
}
