import Foundation
import ParleyKit
import ParleyStore

/// Workspaces for the command-line measurements in `Scripts/bench-cli`: large
/// cases and many cases, written in a few big appends rather than entry by entry.
enum WorkspaceFixtures {
  static let stamp = Timestamp(secondsSince1970: 1_795_000_000, timeZoneID: "Europe/London")

  /// Runs `parley-bench fixture case ROOT ENTRIES`, `fixture cases ROOT COUNT`
  /// or `fixture mail ROOT MESSAGES [ATTACHMENT-KB]` (50 cases and ROOT/inbox.mbox).
  static func run(_ arguments: [String]) throws {
    guard arguments.count == 3 || (arguments.count == 4 && arguments[0] == "mail"),
      let number = Int(arguments[2]), number >= 2
    else {
      throw FixtureError(
        message: "usage: parley-bench fixture case ROOT ENTRIES | fixture cases ROOT COUNT"
          + " | fixture mail ROOT MESSAGES [ATTACHMENT-KB]")
    }
    let workspace = try Workspace(root: URL(fileURLWithPath: arguments[1]))
    switch arguments[0] {
    case "case": try makeCase(in: workspace, client: "Acme Ltd", entries: number)
    case "cases":
      for index in 1...number {
        try makeCase(in: workspace, client: "Client \(index) Ltd", entries: 12)
      }
    case "mail":
      try MailSamples.write(
        workspace: workspace, clients: 50,
        mbox: URL(fileURLWithPath: arguments[1]).appendingPathComponent("inbox.mbox"),
        count: number, attachmentKB: arguments.count == 4 ? Int(arguments[3]) ?? 0 : 0)
    default: throw FixtureError(message: "fixture: say 'case', 'cases' or 'mail'")
    }
  }

  /// A case of `entries` entries: the opening, an invoice, then notes, calls and small payments.
  static func makeCase(in workspace: Workspace, client: String, entries: Int) throws {
    let opened = CaseEvent.CaseOpened(
      client: client, contact: "accounts@example.com", debtorKind: .business,
      jurisdiction: "gb-ewl", currency: "GBP")
    let due = Day(year: 2026, month: 10, day: 1) ?? .unixEpoch
    let invoice = CaseEvent.invoiceAdded(
      .init(
        number: "INV-1", amount: Money(minorUnits: 100_000_000, currency: .gbp), issued: due,
        due: due))
    var journal = try workspace.createCase(opened, at: stamp)
    var pending: [CaseEvent] = [invoice]
    for index in 2..<entries {
      switch index % 4 {
      case 0:
        pending.append(
          .contactLogged(
            .init(
              channel: .phone, direction: .outbound, on: due,
              summary: "called, they said the payment run is on Friday")))
      case 1:
        pending.append(
          .paymentReceived(.init(amount: Money(minorUnits: 1_000, currency: .gbp), on: due)))
      default:
        pending.append(.note(.init(text: "note \(index): sent the statement again")))
      }
      if pending.count == 10_000 {
        try journal.append(contentsOf: pending, at: stamp)
        pending.removeAll(keepingCapacity: true)
      }
    }
    if !pending.isEmpty { try journal.append(contentsOf: pending, at: stamp) }
  }

  struct FixtureError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
  }
}
