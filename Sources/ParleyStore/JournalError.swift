/// What is wrong with one line of a case journal.
///
/// Carried by ``VerificationResult/broken(line:problem:)`` and
/// ``StoreError/damagedJournal(path:line:problem:)``, which give the line number.
public enum JournalError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The line is not a JSON object.
  case notJSON(detail: String)
  /// A frame field (`v`, `seq`, `at`, `tz`, `type`, `data`, `prev`) is missing or malformed.
  case badField(name: String, detail: String)
  /// The line's format version is one this parley does not know.
  case unknownVersion(Int)
  /// The event type is not one this parley knows.
  case unknownEventType(String)
  /// The event's data does not fit its type.
  case badEventData(type: String, detail: String)
  /// Sequence numbers skip ahead: lines `expected` … `found - 1` are missing.
  case missingLines(expected: Int, found: Int)
  /// A sequence number comes too early (a repeated or reordered line).
  ///
  /// `expectedAtLine` is where the line with the expected number sits, if anywhere.
  case outOfOrder(expected: Int, found: Int, expectedAtLine: Int?)
  /// The previous line's SHA-256 does not match the `prev` recorded here:
  /// line `changedLine` was changed after this line was written.
  case hashMismatch(changedLine: Int)
  /// The first line's `prev` is not 64 zeros.
  case firstLineNotGenesis
  /// The file ends without a newline: a write was interrupted.
  case incompleteLastLine(byteCount: Int)
  /// parley wrote `written` lines, but only `found` are left: the last ones were removed.
  case linesRemovedAtEnd(written: Int, found: Int)
  /// Line `line` no longer matches the seal parley keeps of the last line it wrote.
  case sealMismatch(line: Int)
  /// The seal parley keeps beside the journal is gone, so its end cannot be checked.
  case sealMissing
  /// The seal beside the journal cannot be read.
  case sealUnreadable
  /// The journal has no lines at all (a `new` interrupted before its first line).
  case emptyJournal

  /// The problem in words.
  public var description: String {
    switch self {
    case .notJSON(let detail):
      "not a valid JSON object (\(detail))"
    case .badField(let name, let detail):
      "field \"\(name)\" \(detail)"
    case .unknownVersion(let version):
      "written in format v\(version), which this parley does not know"
        + " (it reads v\(JournalLine.formatVersion)); update parley"
    case .unknownEventType(let type):
      "unknown event type '\(type)'"
    case .badEventData(let type, let detail):
      "the '\(type)' event's data is invalid: \(detail)"
    case .missingLines(let expected, let found):
      found - expected == 1
        ? "seq jumps from \(expected - 1) to \(found): the line with seq \(expected) is missing"
          + " (deleted)"
        : "seq jumps from \(expected - 1) to \(found): the lines with seq \(expected)…"
          + "\(found - 1) are missing (deleted)"
    case .outOfOrder(let expected, let found, let expectedAtLine):
      "seq \(found) where \(expected) was expected: lines are out of order or repeated"
        + (expectedAtLine.map { " (seq \(expected) is on line \($0))" } ?? "")
    case .hashMismatch(let changedLine):
      "line \(changedLine) was changed after it was written: its SHA-256 no longer matches"
        + " the one recorded on line \(changedLine + 1)"
    case .firstLineNotGenesis:
      "the first line's prev is not 64 zeros: earlier lines were removed"
    case .linesRemovedAtEnd(let written, let found):
      "parley wrote \(written) lines but the journal ends at line \(found):"
        + " the last \(written - found == 1 ? "line was" : "\(written - found) lines were") removed"
    case .sealMismatch(let line):
      "line \(line) was changed after it was written: it no longer matches the seal"
        + " parley keeps of the last line it wrote"
    case .sealMissing:
      "the seal parley keeps of the last line it wrote (the .seal file beside the journal) is"
        + " missing, so lines removed from the end could not be seen"
    case .sealUnreadable:
      "the seal parley keeps of the last line it wrote (the .seal file beside the journal)"
        + " cannot be read"
    case .emptyJournal:
      "the journal is empty: not even the case's opening was written (a 'new' that was"
        + " interrupted, or a file emptied since)"
    case .incompleteLastLine(let byteCount):
      "the last line is incomplete (\(byteCount) bytes with no newline, from an interrupted"
        + " write); open the case to set it aside"
    }
  }

  /// Whether the problem is only at the journal's end (lines removed or the
  /// last changed, the seal lost), which the user may accept and reseal.
  public var isAtTheEnd: Bool {
    switch self {
    case .linesRemovedAtEnd, .sealMismatch, .sealMissing, .sealUnreadable: true
    default: false
    }
  }
}
