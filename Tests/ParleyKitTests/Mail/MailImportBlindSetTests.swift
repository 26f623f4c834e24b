import Foundation
import Testing

@testable import ParleyKit

/// Which case imported mail lands in, measured on a mailbox written and
/// labelled blind (by a writer who saw neither the matching rules nor the
/// code), frozen before it was first run. Never tune against it.
@Suite("Mail import: the blind mailbox")
struct MailImportBlindSetTests {
  struct Workspace: Decodable {
    struct Case: Decodable {
      let id: String
      let client: String
      let contact: String?
      let invoices: [String]
    }

    let me: [String]
    let cases: [Case]
  }

  struct Label: Decodable {
    let number: Int
    let `case`: String?
  }

  static let folder = CorpusFiles.blindSets.appendingPathComponent("mail-import-2026-12")

  /// The workspace as a user would have it on 4 December 2026.
  static func cases(_ workspace: Workspace) throws -> [(id: String, state: CaseState)] {
    try workspace.cases.map { item in
      var events: [CaseEvent] = [
        .caseOpened(
          .init(
            client: item.client, contact: item.contact, debtorKind: .business,
            jurisdiction: "gb-ewl", currency: "GBP"))
      ]
      for number in item.invoices {
        events.append(
          .invoiceAdded(
            .init(
              number: number, amount: pounds(50_000), issued: date("2026-08-01"),
              due: date("2026-08-31"))))
      }
      let recorded = events.enumerated().map {
        RecordedEvent(seq: $0 + 1, recordedAt: noon("2026-12-01"), event: $1)
      }
      return (item.id, try CaseState(events: recorded))
    }
  }

  /// The case a decision puts the message in: where it is recorded, or
  /// where its earlier copy is; nil when it is left out.
  static func placed(_ decision: MailImportDecision) -> String? {
    switch decision.outcome {
    case .record(let id, _, _): id
    case .duplicate(let id): id
    default: nil
    }
  }

  @Test("blind mailbox: the case of each message, with 95% intervals")
  func blindFigures() throws {
    let workspace = try JSONDecoder().decode(
      Workspace.self, from: Data(contentsOf: Self.folder.appendingPathComponent("cases.json")))
    let labels = try JSONDecoder().decode(
      [Label].self, from: Data(contentsOf: Self.folder.appendingPathComponent("labels.json")))
    let mbox = Array(try Data(contentsOf: Self.folder.appendingPathComponent("inbox.mbox")))
    let items = Mailbox.messages(in: mbox).map {
      MailImportItem(number: $0.number, source: "inbox.mbox, message \($0.number)", bytes: $0.bytes)
    }
    #expect(items.count == labels.count)
    let planner = MailImportPlanner(
      cases: try Self.cases(workspace), ownAddresses: Set(workspace.me),
      timeZoneID: "Europe/London", today: date("2026-12-04"))
    let plan = planner.plan(items)
    var right = 0
    var wrongCase = 0
    var missed = 0
    var confusions: [String] = []
    for label in labels {
      guard let decision = plan.decisions.first(where: { $0.number == label.number }) else {
        Issue.record("message \(label.number) has no decision")
        continue
      }
      let placed = Self.placed(decision)
      if placed == label.case {
        right += 1
        continue
      }
      if placed == nil { missed += 1 } else { wrongCase += 1 }
      confusions.append("#\(label.number) \(label.case ?? "none")→\(placed ?? "none")")
    }
    let accuracy = WilsonInterval(successes: right, trials: labels.count)
    let wrong = WilsonInterval(successes: wrongCase, trials: labels.count)
    let left = WilsonInterval(successes: missed, trials: labels.count)
    print(
      "Mail import, blind mailbox (2026-12): right case (or rightly none) \(accuracy.summary); "
        + "put in a wrong case \(wrong.summary); left out though it belongs \(left.summary)")
    print("  misses: \(confusions.joined(separator: ", "))")
    #expect(accuracy.proportion >= Self.accuracyFloor, "\(accuracy.summary)")
    #expect(wrong.proportion <= Self.wrongCaseCeiling, "\(wrong.summary)")
  }

  /// Set before the first run, from what a user would accept: most mail
  /// filed right, and little filed in the wrong case (worse than left out).
  static let accuracyFloor = 0.75
  static let wrongCaseCeiling = 0.10
}
