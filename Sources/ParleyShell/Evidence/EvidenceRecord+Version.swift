extension EvidenceRecord {
  /// The heading of the statement at the top of the record: which version it is.
  var versionHeading: String {
    switch version {
    case .full: "This version: the full record"
    case .shared: "This version: for sharing"
    }
  }

  /// The statement's first paragraph: who the version is for and what it holds.
  var versionOpening: String {
    switch version {
    case .full:
      return "This is the full record, for your own file. It holds every journal entry, "
        + "including those that show your own position in the negotiation (your cash flow, "
        + "plan proposals, private notes and the warnings you went past). To give the record "
        + "to a mediator or a court, export the version for sharing ('export --shared'), which "
        + "leaves those out and says so."
    case .shared:
      let forWhom = "This version of the record is for a mediator or a court."
      let count = journalEntryCount - entries.count
      guard count > 0 else {
        return "\(forWhom) It leaves nothing out: none of the journal's \(journalEntryCount) "
          + "entries records the claimant's own position in the negotiation (cash flow, plan "
          + "proposals, private notes, warnings overridden)."
      }
      let because = count == 1 ? "it records" : "they record"
      return "\(forWhom) It leaves out \(count) of the journal's \(journalEntryCount) entries, "
        + "because \(because) the claimant's own position in the negotiation, not what passed "
        + "between the parties:"
    }
  }

  /// One line per kind left out (`2 private notes: the claimant's own notes`);
  /// none for the full record.
  var leftOutLines: [String] { leftOut.map(\.sentence) }

  /// The statement's last paragraph, after the list: what stays and how to
  /// check it; nil for the full record.
  var versionClosing: String? {
    guard version == .shared else { return nil }
    let check =
      "Each entry keeps its number and the SHA-256 of its line in the journal, so anyone "
      + "holding the full journal can check it"
    guard !leftOut.isEmpty else { return check + "." }
    return "Everything else is included: the invoices, every contact with its full text, "
      + "payments, agreed plans, disputes, promises and escalation steps. \(check); the numbers "
      + "missing are the entries left out."
  }

  /// The heading of the table of entries.
  var entriesHeading: String {
    switch version {
    case .full: "Every journal entry"
    case .shared: "Journal entries in this version"
    }
  }

  /// What every printed page says at its foot, so a loose page shows which version it is from.
  var printedPageLabel: String {
    switch version {
    case .full: "Evidence record: full, not for sharing"
    case .shared: "Evidence record: version for sharing"
    }
  }

  /// Whether the record has a section for `section`: the version for sharing
  /// has none for the kinds it leaves out, rather than an empty "None." that
  /// would read as a fact.
  func shows(_ section: EvidenceSection) -> Bool {
    switch (version, section) {
    case (.full, _): true
    case (.shared, .notes), (.shared, .cashFlow), (.shared, .overrides), (.shared, .other): false
    case (.shared, _): true
    }
  }
}
