#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why the workspace or a case journal could not be read or written.
///
/// Each message says what went wrong and what to do about it; the shell
/// prints ``description`` as is.
public enum StoreError: Error, Equatable, CustomStringConvertible {
  /// None of `PARLEY_HOME`, `XDG_DATA_HOME` or `HOME` is set.
  case noWorkspaceFolder
  /// The user may not read or write `path`.
  case permissionDenied(path: String, action: String)
  /// Something other than a folder sits where a folder is needed.
  case notAFolder(path: String)
  /// Another process holds the workspace lock (its pid, when it wrote one).
  case lockBusy(pid: Int32?)
  /// No case matches the query; `suggestions` are ids that look close.
  case caseNotFound(query: String, suggestions: [CaseSummary], caseCount: Int)
  /// More than one case matches the query.
  case ambiguousCase(query: String, candidates: [CaseSummary])
  /// A journal already exists where a new case would be created.
  case journalExists(path: String)
  /// The journal to append to is not there.
  case journalMissing(path: String)
  /// A line was written by a newer parley, in a format this one cannot read.
  case unknownFormatVersion(path: String, line: Int, version: Int)
  /// A line of the journal cannot be read (a hand edit or damage).
  case damagedJournal(path: String, line: Int, problem: JournalError)
  /// The journal fails its chain or its seal, so nothing may be added to it.
  case journalTampered(path: String, line: Int, problem: JournalError)
  /// The disk is full; nothing was added to `path`.
  case diskFull(path: String)
  /// Only part of an entry reached the disk; it was removed again.
  case shortWrite(path: String, written: Int, expected: Int)
  /// Writing or syncing failed; nothing was added to `path`.
  case writeFailed(path: String, errno: Int32)
  /// A system call failed for another reason.
  case io(path: String, action: String, errno: Int32)
  /// An event could not be turned into JSON.
  case encodingFailed(type: String, detail: String)
  /// The user's settings file cannot be read as settings.
  case damagedSettings(path: String, problem: String)
  /// A case id that is not lower-case letters, digits and dashes.
  case invalidCaseID(String)
  /// Another case already has the id.
  case caseIDTaken(String)

  /// Maps a failed system call's `errno` to the most helpful error.
  static func fromErrno(_ code: Int32, path: String, action: String) -> StoreError {
    switch code {
    case EACCES, EPERM, EROFS: .permissionDenied(path: path, action: action)
    case ENOSPC, EDQUOT: .diskFull(path: path)
    case ENOTDIR: .notAFolder(path: path)
    default: .io(path: path, action: action, errno: code)
    }
  }

  /// What went wrong and how to fix it, in one or two sentences.
  public var description: String {
    switch self {
    case .noWorkspaceFolder:
      return "cannot tell where to keep parley's data: PARLEY_HOME, XDG_DATA_HOME and HOME"
        + " are all unset; set PARLEY_HOME to a folder you own"
    case .permissionDenied(let path, let action):
      return "permission denied: cannot \(action) \(path); make sure you own it"
        + " (chmod u+rwx on the folder), or set PARLEY_HOME to a folder you can write to"
    case .notAFolder(let path):
      return "\(path) is a file, not a folder; move it away or set PARLEY_HOME to another folder"
    case .lockBusy(let pid):
      let who = pid.map { "another parley (pid \($0))" } ?? "another parley"
      return "\(who) is writing to this workspace; try again in a moment"
    case .caseNotFound(let query, let suggestions, let caseCount):
      if caseCount == 0 {
        return "no case matches '\(query)': there are no cases yet; open one first"
      }
      if suggestions.isEmpty {
        return "no case matches '\(query)'; list the cases to see their ids"
      }
      let list = suggestions.map(\.label).joined(separator: ", ")
      return "no case matches '\(query)'; did you mean \(list)?"
    case .ambiguousCase(let query, let candidates):
      let list = candidates.map(\.label).joined(separator: ", ")
      return "'\(query)' matches \(candidates.count) cases: \(list); type more of the id"
    case .journalExists(let path):
      return "a case journal already exists at \(path); open that case instead of creating it"
    case .journalMissing(let path):
      return "the case journal \(path) is missing; was it moved or deleted?"
    case .unknownFormatVersion(let path, let line, let version):
      return "\(path) line \(line) was written by a newer parley (format v\(version); this"
        + " parley reads v\(JournalLine.formatVersion)); update parley to open this case"
    case .damagedJournal(let path, let line, let problem):
      return "cannot read \(path): line \(line): \(problem); the file was not changed,"
        + " run verify for details"
    case .journalTampered(let path, let line, let problem):
      let recovery =
        problem.isAtTheEnd
        ? "restore the journal from a backup, or, if you accept it as it now stands, run"
          + " 'verify --case \(Self.caseID(of: path)) --reseal' (parley records that it did)"
        : "restore the journal from a backup; parley will not add to a journal whose chain is"
          + " broken"
      return "cannot add to \(path) safely: line \(line): \(problem). Nothing was written,"
        + " and the journal and its seal are as they were; \(recovery)"
    case .diskFull(let path):
      return "the disk is full: could not write to \(path); the journal was left unchanged,"
        + " free some space and try again"
    case .shortWrite(let path, let written, let expected):
      return "could not write the whole entry to \(path) (only \(written) of \(expected) bytes;"
        + " the disk may be full or the file too large); the journal was left unchanged"
    case .writeFailed(let path, let code):
      return "could not write to \(path): \(FileIO.describe(code)); the journal was left"
        + " unchanged, try again"
    case .io(let path, let action, let code):
      return "could not \(action) \(path): \(FileIO.describe(code))"
    case .encodingFailed(let type, let detail):
      return "could not write a '\(type)' event as JSON: \(detail)"
    case .damagedSettings(let path, let problem):
      return "cannot read your details in \(path): \(problem); fix the file, or move it away"
        + " and run 'me' to enter them again"
    case .invalidCaseID(let id):
      return "'\(id)' cannot be a case id: use lower-case letters, digits and dashes"
        + " (\(CaseSlug.slug(id)), say)"
    case .caseIDTaken(let id):
      return "there is already a case \(id); choose another id"
    }
  }

  /// The case id of the journal at `path` (`cases/acme.jsonl` → `acme`).
  static func caseID(of path: String) -> String {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    return name.hasSuffix(".jsonl") ? String(name.dropLast(".jsonl".count)) : name
  }
}
