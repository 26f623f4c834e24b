import ParleyKit

/// Everything an evidence export says about one case, gathered once for every format.
///
/// Built from the case's state (which holds every journal entry, voided ones
/// included), the journal's check and the moment of the export; the
/// renderers are pure functions from this to text.
struct EvidenceRecord: Hashable, Sendable {
  /// The sentence every format carries.
  static let notice = "This record was produced by parley. It is not legal advice."

  /// What a record says when no claimant is set, and how to set one.
  static let claimantNotSet = "not set — run 'parley me' to add your name"

  /// Which version this is: the full record, or the one for sharing.
  let version: EvidenceVersion
  /// The case id (`acme-ltd`).
  let caseID: String
  /// The claimant (the user, who is owed), or nil when nothing about them is set.
  let claimant: EvidenceParty?
  /// The client's name.
  let client: String
  /// The names the client had before, oldest first (from changes of name in force).
  let earlierClientNames: [String]
  /// How the case was closed, while it is closed.
  let closure: CaseClosure?
  /// How to reach them, if recorded.
  let contact: String?
  /// `business` or `individual`.
  let debtorKind: String
  /// The client's kind in words (`sole trader`).
  var debtorKindWords: String { DebtorKind(rawValue: debtorKind)?.words ?? debtorKind }
  /// The jurisdiction's profile id (`gb-ewl`).
  let jurisdictionID: String
  /// The jurisdiction's name (`England & Wales`), or its id when parley does not know it.
  let jurisdictionName: String
  /// The case's currency code.
  let currency: String
  /// The invoices, in the order they were added.
  let invoices: [InvoiceStatus]
  /// What the invoices add up to.
  let invoiced: Money
  /// What has been paid.
  let paid: Money
  /// What is still owed.
  let balance: Money
  /// Paid beyond the invoices (a credit to the client).
  let credit: Money
  /// When the export was made (the shell's clock: `PARLEY_NOW` when set).
  let generatedAt: Timestamp
  /// The journal file and its check.
  let journal: EvidenceJournal
  /// The journal entries this version shows, in journal order, voided ones
  /// included and marked: every entry in the full record.
  let entries: [EvidenceEntry]
  /// How many entries the journal holds (that could be read), shown or not.
  let journalEntryCount: Int
  /// What the version for sharing left out, by kind, in ``EvidenceLeftOutKind`` order;
  /// empty for the full record.
  let leftOut: [EvidenceLeftOut]
  /// Every plan agreed, as it stands on the day of the export.
  let plans: [EvidencePlan]
  /// The contacts whose full text is on record, numbered in the order they happened.
  let exhibits: [EvidenceExhibit]
  /// The exhibit number of each entry that is one, by entry number.
  let exhibitNumbers: [Int: Int]

  /// The `version` of the record of case `caseID` in `state`, exported at
  /// `generatedAt`, naming `claimant`; `lineHashes` holds the SHA-256 of each
  /// journal line by its sequence number.
  init(
    version: EvidenceVersion, caseID: String, claimant: EvidenceParty?, state: CaseState,
    journal: EvidenceJournal, lineHashes: [Int: String], generatedAt: Timestamp
  ) {
    self.version = version
    self.caseID = caseID
    self.claimant = claimant.flatMap { $0.isEmpty ? nil : $0 }
    let opened = state.opened
    client = opened.client
    let voidedSeqs = Set(state.voided.map(\.target.seq))
    earlierClientNames = state.entries.compactMap { entry in
      guard !voidedSeqs.contains(entry.seq), case .clientRenamed(let renamed) = entry.event else {
        return nil
      }
      return renamed.from
    }
    closure = state.closure
    contact = opened.contact
    debtorKind = opened.debtorKind.rawValue
    jurisdictionID = opened.jurisdiction
    jurisdictionName = Jurisdiction.withID(opened.jurisdiction)?.name ?? opened.jurisdiction
    currency = state.currency.code
    invoices = state.invoices
    invoiced = state.totalInvoiced
    paid = state.totalPaid
    balance = state.balance
    credit = state.unallocated
    self.generatedAt = generatedAt
    self.journal = journal
    var voids: [Int: EvidenceVoid] = [:]
    for voided in state.voided where voids[voided.target.seq] == nil {
      voids[voided.target.seq] = EvidenceVoid(voidedBy: voided.voidSeq, reason: voided.reason)
    }
    var before: [Int: CaseEvent] = [:]
    for corrected in state.corrections.values {
      for step in corrected.steps { before[step.seq] = step.before }
    }
    let all = state.entries.map {
      EvidenceEntry(
        $0, hash: lineHashes[$0.seq], voided: voids[$0.seq],
        supersededBy: state.supersedingEntry(of: $0.seq), correctedFrom: before[$0.seq])
    }
    journalEntryCount = all.count
    switch version {
    case .full:
      entries = all
      leftOut = []
    case .shared:
      (entries, leftOut) = Self.shared(all, voidTargets: Self.voidTargets(state))
    }
    exhibits = EvidenceExhibit.numbered(
      Self.inTimeOrder(entries.filter { $0.section == .contacts }))
    exhibitNumbers = Dictionary(
      exhibits.map { ($0.entry.seq, $0.number) }, uniquingKeysWith: { first, _ in first })
    let today = generatedAt.localDay
    plans = state.plans.map { EvidencePlan($0, state: state, today: today) }
  }

  /// The entries the version for sharing keeps, and what it left out by kind.
  private static func shared(_ entries: [EvidenceEntry], voidTargets: [Int: Int])
    -> (kept: [EvidenceEntry], leftOut: [EvidenceLeftOut])
  {
    var kept: [EvidenceEntry] = []
    var leftOutSeqs: Set<Int> = []
    var counts: [EvidenceLeftOutKind: Int] = [:]
    for entry in entries {
      if let kind = EvidenceLeftOutKind(
        type: entry.type, voidTarget: voidTargets[entry.seq], leftOut: leftOutSeqs)
      {
        leftOutSeqs.insert(entry.seq)
        counts[kind, default: 0] += 1
      } else {
        kept.append(entry)
      }
    }
    let leftOut = EvidenceLeftOutKind.allCases.compactMap { kind in
      counts[kind].map { EvidenceLeftOut(kind: kind, count: $0) }
    }
    return (kept, leftOut)
  }

  /// The entry each void cancels or each correction corrects, by its own number.
  private static func voidTargets(_ state: CaseState) -> [Int: Int] {
    var targets: [Int: Int] = [:]
    for recorded in state.entries {
      if case .void(let void) = recorded.event { targets[recorded.seq] = void.target }
      if case .entryCorrected(let correction) = recorded.event {
        targets[recorded.seq] = correction.target
      }
    }
    return targets
  }
}
