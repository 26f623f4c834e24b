extension EvidenceRecord {
  /// The entries of `section`, in journal order.
  func entries(in section: EvidenceSection) -> [EvidenceEntry] {
    entries.filter { $0.section == section }
  }

  /// Every contact, in the order it happened: by its day, then by entry number.
  var contacts: [EvidenceEntry] {
    entries(in: .contacts).sorted { left, right in
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
}
