import Foundation
import Testing

@testable import ParleyShell

@Suite("Evidence: the claimant named in the header of every format")
struct EvidencePartyTests {
  /// A claimant with every field, the address over two lines.
  static let claimant = EvidenceParty(
    name: "Alex Rivera", business: "Rivera Design & Co", address: "1 High Street\nLondon N1 1AA",
    email: "alex@rivera.example")

  /// The fixture case's record, naming `claimant`.
  private static func record(_ claimant: EvidenceParty?) throws -> EvidenceRecord {
    let harness = try ShellHarness()
    try harness.makeEvidenceCase()
    return try harness.evidenceRecord("acme-sons", claimant: claimant)
  }

  @Test("blank fields are not set; a party with nothing set is no party")
  func blankFields() {
    let party = EvidenceParty(name: "  ", business: "Rivera Design", address: "", email: nil)
    #expect(party.name == nil)
    #expect(party.business == "Rivera Design")
    #expect(party.address == nil)
    #expect(!party.isEmpty)
    #expect(EvidenceParty(name: " ", business: nil, address: "\n", email: "").isEmpty)
    #expect(Self.claimant.displayName == "Alex Rivera (Rivera Design & Co)")
    #expect(Self.claimant.addressOnOneLine == "1 High Street, London N1 1AA")
    #expect(EvidenceParty(business: "Rivera Design").displayName == "Rivera Design")
  }

  @Test("Markdown: name and business, address on one line, email, above the client")
  func markdownHeader() throws {
    let markdown = EvidenceMarkdown.render(try Self.record(Self.claimant))
    let header = """
      | Case | acme-sons |
      | Claimant | Alex Rivera (Rivera Design & Co) |
      | Claimant's address | 1 High Street, London N1 1AA |
      | Claimant's email | alex@rivera.example |
      | Client | Acme & Sons |
      """
    #expect(markdown.contains(header), "\(markdown)")
  }

  @Test("HTML: the same facts, escaped")
  func htmlHeader() throws {
    let html = EvidenceHTML.render(try Self.record(Self.claimant))
    #expect(html.contains("<dt>Claimant</dt><dd>Alex Rivera (Rivera Design &amp; Co)</dd>"))
    #expect(html.contains("<dt>Claimant&#39;s address</dt><dd>1 High Street, London N1 1AA</dd>"))
    #expect(html.contains("<dt>Claimant&#39;s email</dt><dd>alex@rivera.example</dd>"))
  }

  @Test("JSON: a claimant object with every key, the address as given")
  func jsonHeader() throws {
    let json = try EvidenceJSON.render(try Self.record(Self.claimant))
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let claimant = try #require(object["claimant"] as? [String: Any])
    #expect(claimant["name"] as? String == "Alex Rivera")
    #expect(claimant["business"] as? String == "Rivera Design & Co")
    #expect(claimant["address"] as? String == "1 High Street\nLondon N1 1AA")
    #expect(claimant["email"] as? String == "alex@rivera.example")

    let partial = try EvidenceJSON.render(
      try Self.record(EvidenceParty(name: "Alex Rivera")))
    let partialObject = try #require(
      try JSONSerialization.jsonObject(with: Data(partial.utf8)) as? [String: Any])
    let partialClaimant = try #require(partialObject["claimant"] as? [String: Any])
    #expect(partialClaimant["email"] is NSNull, "every key is there, null when not set")
  }

  @Test("no claimant: every format says so plainly, and how to add one")
  func notSet() throws {
    for claimant in [nil, EvidenceParty(name: " ")] {
      let record = try Self.record(claimant)
      #expect(record.claimant == nil)
      #expect(
        EvidenceMarkdown.render(record).contains(
          "| Claimant | not set — run 'parley me' to add your name |"))
      #expect(
        EvidenceHTML.render(record).contains(
          "<dt>Claimant</dt><dd>not set — run &#39;parley me&#39; to add your name</dd>"))
      let object = try #require(
        try JSONSerialization.jsonObject(with: Data(try EvidenceJSON.render(record).utf8))
          as? [String: Any])
      #expect(object["claimant"] is NSNull)
    }
  }

  @Test("a claimant with an address but no name: the name is said to be missing")
  func addressWithoutName() throws {
    let record = try Self.record(EvidenceParty(address: "1 High Street"))
    let markdown = EvidenceMarkdown.render(record)
    #expect(markdown.contains("| Claimant | name not set — run 'parley me' to add your name |"))
    #expect(markdown.contains("| Claimant's address | 1 High Street |"))
    #expect(!markdown.contains("Claimant's email"))
  }

  @Test("the export command names no claimant yet: the 'me' settings will")
  func exportSaysNotSet() throws {
    let harness = try ShellHarness()
    try harness.makeEvidenceCase()
    let run = try harness.oneShot(
      ["export", "--case", "acme", "--markdown"], at: ShellHarness.exportNow)
    #expect(run.stdout.contains("| Claimant | not set — run 'parley me' to add your name |"))
  }
}
