import Foundation
import Testing

@testable import ParleyKit

/// Decodes the built-in profile `id`, as compiled in; records an issue if it fails.
func builtInProfile(_ id: String, sourceLocation: SourceLocation = #_sourceLocation)
  -> JurisdictionProfile
{
  do {
    guard let text = BuiltInProfiles.text(id: id) else {
      throw ProfileError(file: "\(id).json", path: "", problem: "not built in")
    }
    return try BuiltInProfiles.decode(name: "\(id).json", text: text)
  } catch {
    Issue.record("cannot load \(id): \(error)", sourceLocation: sourceLocation)
    return JurisdictionProfile(
      id: id, name: id, currency: "GBP", dateOrder: .dayFirst, reviewedOn: .unixEpoch,
      disclaimer: "",
      contactRules: ContactRules(
        minDaysBetweenContacts: 3, maxContactsPer30Days: 8, cooldownAfterConversationDays: 7,
        quietHours: nil, noThirdParties: true), sources: [:])
  }
}

/// England & Wales, loaded once.
let englandAndWales = builtInProfile("gb-ewl")

/// Pounds and pence: `pounds(1_234_56)` is £1,234.56.
func pounds(_ pence: Int64) -> Money { Money(minorUnits: pence, currency: .gbp) }

/// Noon UTC on `iso` (or `hour:minute`), in `zone`'s terms for the local day and time.
func noon(_ iso: String, hour: Int = 12, minute: Int = 0, zone: String = "UTC") -> Timestamp {
  Timestamp(
    secondsSince1970: Int64(date(iso).daysSince1970) * 86_400 + Int64(hour * 3600 + minute * 60),
    timeZoneID: zone)
}

/// A case for Acme Ltd (business by default) in England & Wales, built from events.
struct CaseBuilder {
  var events: [CaseEvent]

  /// Opens a case with one invoice of `pence` due on `due`.
  init(debtor: DebtorKind = .business, invoice pence: Int64 = 120_000, due: String = "2027-01-31") {
    events = [
      .caseOpened(
        .init(
          client: "Acme Ltd", contact: nil, debtorKind: debtor, jurisdiction: "gb-ewl",
          currency: "GBP")),
      .invoiceAdded(
        .init(
          number: "INV-1", amount: pounds(pence), issued: date(due).adding(days: -30),
          due: date(due))),
    ]
  }

  /// Adds an event.
  func with(_ event: CaseEvent) -> CaseBuilder {
    var copy = self
    copy.events.append(event)
    return copy
  }

  /// Adds a contact.
  func contact(_ channel: ContactChannel, _ iso: String, _ direction: ContactDirection = .outbound)
    -> CaseBuilder
  {
    with(.contactLogged(.init(channel: channel, direction: direction, on: date(iso), summary: "x")))
  }

  /// Adds an escalation step.
  func escalate(_ step: EscalationStep, _ iso: String) -> CaseBuilder {
    with(.escalationRecorded(.init(step: step, on: date(iso))))
  }

  /// The folded state.
  func state() throws -> CaseState {
    try CaseState(
      events: events.enumerated().map {
        RecordedEvent(seq: $0 + 1, recordedAt: noon("2027-01-01"), event: $1)
      })
  }
}
