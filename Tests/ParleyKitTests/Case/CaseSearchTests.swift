import Testing

@testable import ParleyKit

@Suite("Searching a case's record")
struct CaseSearchTests {
  @Test func findsNamesInvoicesSummariesNotesAndDisputesWhateverTheCaseAndAccents() throws {
    let state = try fold([
      .caseOpened(
        .init(
          client: "Zoë Müller GmbH", contact: "zoe@example.test", debtorKind: .business,
          jurisdiction: "gb-ewl", currency: "GBP")),
      .invoiceAdded(
        .init(
          number: "INV-042", amount: pounds(100), issued: date("2026-09-01"),
          due: date("2026-10-01"))),
      .contactLogged(
        .init(
          channel: .email, direction: .outbound, on: date("2026-10-08"), summary: "first reminder",
          fullText: "Dear Zoë,\nInvoice INV-042 is now overdue.\nThanks")),
      .note(.init(text: "Spoke to the café owner\nshe will ring back")),
      .disputeNoted(.init(on: date("2026-10-20"), about: "says the logo was late")),
    ])
    #expect(state.search("zoe").map(\.seq) == [1, 1, 3])
    #expect(state.search("ZOË MÜLLER").map(\.field) == [.client])
    let invoice = state.search("inv-042")
    #expect(invoice.map(\.seq) == [2, 3])
    #expect(invoice[1].line == "Invoice INV-042 is now overdue.")
    #expect(invoice[1].day == date("2026-10-08"))
    #expect(invoice[1].field == .message)
    #expect(invoice[1].match == 8..<15)
    #expect(state.search("cafe").map(\.match) == [13..<17])
    #expect(state.search("cafe").map(\.line) == ["Spoke to the café owner"])
    #expect(state.search("LOGO").map(\.field) == [.dispute])
    #expect(state.search("  ").isEmpty)
    #expect(state.search("nothing like this").isEmpty)
  }

  @Test func findsTheCorrectionsTextAndTheOriginalsBoth() throws {
    var changes = EntryChanges()
    changes.text = "They moved to Leeds"
    let state = try CaseBuilder().with(.note(.init(text: "They moved to Leads")))
      .with(.entryCorrected(.init(target: 3, changes: changes, reason: "typo"))).state()
    #expect(state.search("leeds").map(\.seq) == [4])
    #expect(state.search("moved").map(\.seq) == [3, 4])
    #expect(state.search("typo").map(\.field) == [.reason])
  }

  /// Letters for random notes: plain, accented, upper case, and a few that fold to two.
  static let alphabet = Array("abcdefghijklmnopqrstuvwxyz ABCXYZ éèüöñçåÉÜ ß 0123456789 .,-£")

  /// The test's own folding, written out for this alphabet.
  static func oracleFold(_ text: String) -> String {
    let table: [Character: String] = [
      "é": "e", "è": "e", "ü": "u", "ö": "o", "ñ": "n", "ç": "c", "å": "a", "ß": "ss",
    ]
    return text.lowercased().map { table[$0] ?? String($0) }.joined()
  }

  static func randomText(_ random: inout SeededGenerator, length: ClosedRange<Int>) -> String {
    String(
      (0..<Int.random(in: length, using: &random)).map { _ in
        alphabet.randomElement(using: &random) ?? "a"
      })
  }

  @Test func findsEveryNoteItIsGivenByAnyPartOfAnyLineInAnyCaseOrAccent() throws {
    var random = SeededGenerator(seed: 0x5EA4C4)
    for round in 0..<60 {
      let notes = (0..<Int.random(in: 1...12, using: &random)).map { _ in
        (0..<Int.random(in: 1...3, using: &random)).map { _ in
          Self.randomText(&random, length: 1...40)
        }.joined(separator: "\n")
      }
      let state = try CaseBuilder().with(.note(.init(text: "placeholder"))).state()
      let events = state.entries.map(\.event).dropLast() + notes.map { .note(.init(text: $0)) }
      let searched = try fold(Array(events))
      for (index, note) in notes.enumerated() {
        let lines = note.split(separator: "\n").map(String.init)
        guard let line = lines.randomElement(using: &random), !line.isEmpty else { continue }
        let chars = Array(line)
        let start = Int.random(in: 0..<chars.count, using: &random)
        let end = Int.random(in: start..<chars.count, using: &random)
        var query = String(chars[start...end])
        guard !query.trimmed.isEmpty else { continue }
        // Shouted, or with its accents dropped: still found.
        switch Int.random(in: 0...2, using: &random) {
        case 0: query = query.uppercased()
        case 1: query = Self.oracleFold(query)
        default: break
        }
        let seq = index + 3
        let hits = searched.search(query)
        #expect(hits.contains { $0.seq == seq }, "round \(round): '\(query)' in note \(seq)")
        // And only where it is.
        let wanted = Self.oracleFold(query.trimmed)
        for hit in hits {
          #expect(Self.oracleFold(hit.line).contains(wanted), "round \(round): '\(query)'")
          // The match is where the query stands in the line.
          let matched = String(Array(hit.line)[hit.match])
          #expect(Self.oracleFold(matched) == wanted, "round \(round): '\(query)' in '\(hit.line)'")
        }
        let expected = notes.enumerated().filter { _, text in
          text.split(separator: "\n").contains { Self.oracleFold(String($0)).contains(wanted) }
        }.map { $0.offset + 3 }
        #expect(Set(hits.map(\.seq)).subtracting([1, 2]) == Set(expected), "round \(round)")
      }
    }
  }
}
