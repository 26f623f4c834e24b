import Foundation
import Testing

@testable import ParleyKit

/// The objections in call notes, measured on notes written blind (by a writer
/// who saw only the label definitions), frozen before the free-text matching
/// was written. Never tune against it.
@Suite("Call notes: the blind objection set")
struct CallNoteBlindSetTests {
  struct Note: Decodable {
    let text: String
    let objection: String
  }

  /// Floors a little under the figures first measured (see the README); not targets.
  static let accuracyFloor = 0.70
  static let wrongLineCeiling = 0.18

  @Test("blind set: the objection of 150 call notes, with a 95% interval")
  func blindFigures() throws {
    let notes = try JSONLines.decode(
      Note.self,
      from: Data(
        contentsOf: CorpusFiles.blindSets.appendingPathComponent("call-notes-2026-12.jsonl")))
    #expect(notes.count == 150)
    let call = CallCompanion(
      state: try CaseBuilder(invoice: 120_000, due: "2026-10-01").state(),
      today: date("2026-12-04"), dateOrder: .dayFirst)
    var right = 0
    var wrongLine = 0
    var byKeyword = 0
    var keywordsAloneRight = 0
    var confusions: [String: Int] = [:]
    for note in notes {
      let found = call.objection(in: note.text)
      let named = CallObjection.matching(note.text)
      if named != nil { byKeyword += 1 }
      if (named?.rawValue ?? "none") == note.objection { keywordsAloneRight += 1 }
      let label = found?.rawValue ?? "none"
      if label == note.objection {
        right += 1
        continue
      }
      if found != nil { wrongLine += 1 }
      confusions["\(note.objection)→\(label)", default: 0] += 1
    }
    let accuracy = WilsonInterval(successes: right, trials: notes.count)
    let wrong = WilsonInterval(successes: wrongLine, trials: notes.count)
    let keywordsAlone = WilsonInterval(successes: keywordsAloneRight, trials: notes.count)
    print(
      "Call notes, blind set (2026-12): objection right \(accuracy.summary); a line for the "
        + "wrong objection \(wrong.summary); \(byKeyword) found by keyword; keywords alone "
        + keywordsAlone.summary)
    print("  confusions: \(confusions.sorted { $0.value > $1.value }.prefix(14))")
    #expect(accuracy.proportion >= Self.accuracyFloor, "\(accuracy)")
    #expect(wrong.proportion <= Self.wrongLineCeiling, "\(wrong)")
  }
}
