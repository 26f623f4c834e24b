extension EvidenceRecord {
  /// The entries of `section`, in journal order.
  func entries(in section: EvidenceSection) -> [EvidenceEntry] {
    entries.filter { $0.section == section }
  }

  /// Every contact, in the order it happened: by its day, then by entry number.
  var contacts: [EvidenceEntry] { Self.inTimeOrder(entries(in: .contacts)) }

  /// `entries` in the order they happened: by day, then by entry number.
  static func inTimeOrder(_ entries: [EvidenceEntry]) -> [EvidenceEntry] {
    entries.sorted { left, right in
      switch (left.on, right.on) {
      case (let leftDay?, let rightDay?) where leftDay != rightDay: leftDay < rightDay
      default: left.seq < right.seq
      }
    }
  }

  /// Every entry a later `void` cancelled, in journal order.
  var voidedEntries: [EvidenceEntry] { entries.filter { $0.void != nil } }

  /// The date of the export in words and ISO, with the time: for headers.
  var generatedWords: String { generatedAt.recordedWords }

  /// The claimant's facts for a header, in order, as plain text: the name (or
  /// that it is not set), then the address and email when they are.
  var claimantFacts: [(label: String, value: String)] {
    guard let claimant else { return [("Claimant", Self.claimantNotSet)] }
    var facts = [("Claimant", claimant.displayName ?? "name \(Self.claimantNotSet)")]
    if let address = claimant.addressOnOneLine { facts.append(("Claimant's address", address)) }
    if let email = claimant.email { facts.append(("Claimant's email", email)) }
    return facts
  }
}
