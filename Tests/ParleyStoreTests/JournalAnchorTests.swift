import Foundation
import ParleyKit
import ParleyStore
import Testing

@Suite("JournalAnchor: a short proof of where a journal stood, kept elsewhere")
struct JournalAnchorTests {
  @Test("an anchor reads back from its own words, and from a block of text around it")
  func tokens() throws {
    let anchor = JournalAnchor(
      caseID: "acme-ltd", seq: 12, hash: String(repeating: "ab", count: 32))
    #expect(anchor.description == "acme-ltd@12:" + String(repeating: "ab", count: 16))
    #expect(JournalAnchor(token: anchor.description) == anchor)
    let mail =
      "parley anchors, kept on 3 Dec:\n> \(anchor), bee@2:\(String(repeating: "c", count: 32))"
    #expect(JournalAnchor.all(in: mail).map(\.caseID) == ["acme-ltd", "bee"])
    for bad in ["acme@0:" + String(repeating: "a", count: 32), "acme@3:xyz", "@3:abc", "acme-3"] {
      #expect(JournalAnchor(token: bad) == nil, "\(bad)")
    }
  }

  @Test("a journal that grew extends its anchor; one rewritten, shortened or gone does not")
  func checks() throws {
    let temp = try TemporaryWorkspace()
    var journal = try temp.openCase()
    try journal.append(Fixtures.note("one"), at: Fixtures.time(1))
    let anchor = JournalAnchor(caseID: "acme-ltd", seq: 2, hash: journal.records[1].hash)
    try journal.append(Fixtures.note("two"), at: Fixtures.time(2))
    #expect(anchor.check(journalAt: journal.url) == .extends(lineCount: 3))

    // Rewritten from scratch, chain and seal together: it verifies, but not against the anchor.
    try FileManager.default.removeItem(at: journal.url)
    try FileManager.default.removeItem(atPath: journal.url.path + ".seal")
    var rewritten = try temp.openCase()
    try rewritten.append(Fixtures.note("not one"), at: Fixtures.time(1))
    try rewritten.append(Fixtures.note("two"), at: Fixtures.time(2))
    #expect(try Journal.verify(rewritten.url).isIntact)
    #expect(anchor.check(journalAt: rewritten.url) == .lineChanged)

    try temp.writeLines(rewritten.url, Array(try temp.lines(rewritten.url).prefix(1)))
    #expect(anchor.check(journalAt: rewritten.url) == .lineMissing(lineCount: 1))
    let elsewhere = temp.workspace.journalURL(forCase: "nobody")
    #expect(anchor.check(journalAt: elsewhere) == .caseMissing)
  }
}
