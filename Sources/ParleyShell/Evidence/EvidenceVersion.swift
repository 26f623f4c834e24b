/// Which version of the evidence record to write.
///
/// The full record is for the user's own file. The version for sharing is
/// for a mediator or a court: it leaves out the entries that show the user's
/// own position in the negotiation (see ``EvidenceLeftOutKind``), says so at
/// the top, and keeps each remaining entry's number and line hash so a
/// reader holding the journal can check it.
enum EvidenceVersion: String, Hashable, Sendable, CaseIterable {
  /// Every journal entry: for the user's own file.
  case full
  /// The facts between the parties: for a mediator or a court.
  case shared

  /// What `--out` adds to the file names, so the two versions never overwrite each other.
  var fileSuffix: String {
    switch self {
    case .full: ""
    case .shared: "-shared"
    }
  }

  /// The formats this version is written in: the version for sharing has no
  /// CSV, whose rows have no place to say which entries were left out.
  var formats: [EvidenceFormat] {
    switch self {
    case .full: EvidenceFormat.allCases
    case .shared: [.markdown, .html, .json]
    }
  }
}
