import ParleyKit

/// An evidence record as `export --json` writes it (under ``JSONOutput``'s
/// policy: snake_case, every key present, `null` for a fact that is absent).
struct EvidenceJSON: Encodable {
  /// The case and its terms.
  struct Case: Encodable {
    let caseID: String
    let client: String
    let contact: String?
    let debtorKind: String
    let jurisdiction: String
    let jurisdictionName: String
    let currency: String
    let earlierNames: [String]
    let closure: CaseClosure?

    private enum CodingKeys: String, CodingKey {
      case caseID = "case_id"
      case client, contact, debtorKind, jurisdiction, jurisdictionName, currency
      case earlierNames, status, closed
    }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(caseID, forKey: .caseID)
      try container.encode(client, forKey: .client)
      try container.encode(contact, forKey: .contact)
      try container.encode(debtorKind, forKey: .debtorKind)
      try container.encode(jurisdiction, forKey: .jurisdiction)
      try container.encode(jurisdictionName, forKey: .jurisdictionName)
      try container.encode(currency, forKey: .currency)
      try container.encode(earlierNames, forKey: .earlierNames)
      try container.encode(closure == nil ? "open" : "closed", forKey: .status)
      try container.encode(closure.map(ClosureJSON.init), forKey: .closed)
    }
  }

  /// The claimant: name, business, address and email, each null when not set.
  struct Party: Encodable {
    let name: String?
    let business: String?
    let address: String?
    let email: String?

    init(_ party: EvidenceParty) {
      name = party.name
      business = party.business
      address = party.address
      email = party.email
    }
  }

  /// Which version of the record this is, and what it left out.
  struct Version: Encodable {
    /// One kind of entry left out, and how many.
    struct LeftOut: Encodable {
      let kind: String
      let count: Int
      let label: String
      let holds: String

      init(_ leftOut: EvidenceLeftOut) {
        kind = leftOut.kind.rawValue.snakeCased
        count = leftOut.count
        label = leftOut.kind.label
        holds = leftOut.kind.holds
      }
    }

    let name: String
    let heading: String
    let statement: String
    let journalEntries: Int
    let includedEntries: Int
    let leftOut: [LeftOut]

    init(_ record: EvidenceRecord) {
      name = record.version.rawValue.snakeCased
      heading = record.versionHeading
      statement = ([record.versionOpening] + record.leftOutLines + [record.versionClosing ?? ""])
        .filter { !$0.isEmpty }.joined(separator: "\n")
      journalEntries = record.journalEntryCount
      includedEntries = record.entries.count
      leftOut = record.leftOut.map(LeftOut.init)
    }
  }

  /// The journal file and its check.
  struct Journal: Encodable {
    let file: String
    let sha256: String
    let intact: Bool
    let lineCount: Int?
    let lastHash: String?
    let brokenLine: Int?
    let problem: String?
  }

  /// One journal entry, with its exhibit number (null when it is none).
  struct Entry: Encodable {
    let entry: EvidenceEntry
    let exhibit: Int?

    private enum CodingKeys: String, CodingKey {
      case seq, hash, recordedAt, timeZone, type, title, section, on, channel, direction
      case amount, summary, line, fullText, details, void, supersededBy, exhibit
    }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(entry.seq, forKey: .seq)
      try container.encode(entry.hash, forKey: .hash)
      try container.encode(entry.recordedAt.isoUTC, forKey: .recordedAt)
      try container.encode(entry.recordedAt.timeZoneID, forKey: .timeZone)
      try container.encode(entry.type.snakeCased, forKey: .type)
      try container.encode(entry.title, forKey: .title)
      try container.encode(entry.section, forKey: .section)
      try container.encode(entry.on, forKey: .on)
      try container.encode(entry.channel, forKey: .channel)
      try container.encode(entry.direction, forKey: .direction)
      try container.encode(entry.amount, forKey: .amount)
      try container.encode(entry.summary, forKey: .summary)
      try container.encode(entry.line, forKey: .line)
      try container.encode(entry.fullText, forKey: .fullText)
      try container.encode(entry.details, forKey: .details)
      try container.encode(entry.void, forKey: .void)
      try container.encode(entry.supersededBy, forKey: .supersededBy)
      try container.encode(exhibit, forKey: .exhibit)
    }
  }

  /// A contact whose full text is on record, by its number; the text is its entry's.
  struct Exhibit: Encodable {
    let number: Int
    let seq: Int
    let on: Day?
    let title: String
    let subject: String

    init(_ exhibit: EvidenceExhibit) {
      number = exhibit.number
      seq = exhibit.entry.seq
      on = exhibit.entry.on
      title = exhibit.entry.title
      subject = exhibit.entry.summary
    }
  }

  /// An agreed plan and its installments.
  struct Plan: Encodable {
    let plan: EvidencePlan

    private enum CodingKeys: String, CodingKey {
      case planID = "plan_id"
      case agreedSeq, agreedOn, status, schedule, lateCharges, revisions, cancellation
      case installments
    }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(plan.id, forKey: .planID)
      try container.encode(plan.agreedSeq, forKey: .agreedSeq)
      try container.encode(plan.agreedOn, forKey: .agreedOn)
      try container.encode(plan.status, forKey: .status)
      try container.encode(plan.schedule, forKey: .schedule)
      try container.encode(plan.lateCharges, forKey: .lateCharges)
      try container.encode(plan.revisions, forKey: .revisions)
      try container.encode(plan.cancellation, forKey: .cancellation)
      try container.encode(plan.installments.map(Installment.init), forKey: .installments)
    }
  }

  /// One installment and where it stands.
  struct Installment: Encodable {
    let number: Int
    let due: Day
    let amount: Money
    let paid: Money
    let status: String

    init(_ installment: EvidenceInstallment) {
      number = installment.number
      due = installment.due
      amount = installment.amount
      paid = installment.paid
      status = installment.statusCode
    }
  }

  let notice: String
  /// Which version this is: `full`, or `shared` with what it left out.
  let version: Version
  let generatedAt: String
  let timeZone: String
  /// The claimant, or null when none is set.
  let claimant: Party?
  let `case`: Case
  let invoices: [InvoiceJSON]
  let invoiced: Money
  let paid: Money
  let balance: Money
  let credit: Money
  let journal: Journal
  /// The entry numbers of the contacts, in the order they happened (by day, then entry number).
  let contactsInTimeOrder: [Int]
  let plans: [Plan]
  /// The contacts whose full text is on record, numbered in the order they happened.
  let exhibits: [Exhibit]
  /// Every journal entry, in journal order.
  let entries: [Entry]

  /// The JSON form of `record`.
  init(_ record: EvidenceRecord) {
    notice = EvidenceRecord.notice
    version = Version(record)
    generatedAt = record.generatedAt.isoUTC
    timeZone = record.generatedAt.timeZoneID
    claimant = record.claimant.map(Party.init)
    `case` = Case(
      caseID: record.caseID, client: record.client, contact: record.contact,
      debtorKind: record.debtorKind.snakeCased, jurisdiction: record.jurisdictionID,
      jurisdictionName: record.jurisdictionName, currency: record.currency,
      earlierNames: record.earlierClientNames, closure: record.closure)
    invoices = record.invoices.map { InvoiceJSON($0, today: record.generatedAt.localDay) }
    invoiced = record.invoiced
    paid = record.paid
    balance = record.balance
    credit = record.credit
    let verification = record.journal.verification
    journal = Journal(
      file: record.journal.fileName, sha256: record.journal.sha256,
      intact: verification.isIntact, lineCount: verification.lineCount,
      lastHash: verification.lastHash, brokenLine: verification.brokenLine,
      problem: verification.problem)
    contactsInTimeOrder = record.contacts.map(\.seq)
    plans = record.plans.map(Plan.init)
    entries = record.entries.map { Entry(entry: $0, exhibit: record.exhibitNumbers[$0.seq]) }
    exhibits = record.exhibits.map(Exhibit.init)
  }

  /// The record as pretty-printed JSON with sorted keys, ending in a newline.
  static func render(_ record: EvidenceRecord) throws -> String {
    try JSONOutput.render(EvidenceJSON(record)) + "\n"
  }
}
