import Foundation
import ParleyKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Giving a case a new id: its journal (and seal) take the new name.
extension Workspace {
  /// Records `event` (the change of id, already checked against the case)
  /// at the end of `journal`, then gives the journal and its seal the name
  /// of case `newID`; returns the line written.
  ///
  /// All under the workspace lock. The seal is linked under its new name
  /// before the journal is renamed and the old name unlinked after, so a
  /// crash at any point leaves the case whole, under one name or the other,
  /// with its seal (at worst a stray seal under the unused name, which a
  /// case created later under that name replaces).
  /// - Throws: ``StoreError/invalidCaseID(_:)``, ``StoreError/caseIDTaken(_:)``,
  ///   and any error of appending to the journal (then nothing changed).
  public func renameCase(
    _ journal: inout Journal, to newID: String, recording event: CaseEvent, at timestamp: Timestamp
  ) throws(StoreError) -> JournalRecord {
    guard CaseSlug.isValidID(newID) else { throw StoreError.invalidCaseID(newID) }
    let from = journal.url
    let to = journalURL(forCase: newID)
    return try lock.withLock { () throws(StoreError) -> JournalRecord in
      guard !FileIO.exists(to.path) else { throw StoreError.caseIDTaken(newID) }
      let added = try journal.appendLocked([event], at: timestamp)
      let oldSeal = JournalSeal.url(for: from).path
      let newSeal = JournalSeal.url(for: to).path
      _ = unlink(newSeal)
      guard link(oldSeal, newSeal) == 0 else {
        throw StoreError.fromErrno(errno, path: newSeal, action: "link the seal as")
      }
      guard rename(from.path, to.path) == 0 else {
        let code = errno
        _ = unlink(newSeal)
        throw StoreError.fromErrno(code, path: to.path, action: "rename the journal to")
      }
      _ = unlink(oldSeal)
      _ = unlink(VerifiedHead.url(for: from).path)
      try? FileIO.syncFolder(casesFolder.path)
      return added[added.count - 1]
    }
  }

  /// The id case `formerID` has now, when a case was renamed from it (and
  /// perhaps again since); nil when no case was. Reads every journal that
  /// records a change of id, so it is for when `formerID` names no case.
  public func currentID(ofFormerCase formerID: String) throws(StoreError) -> String? {
    for id in try caseIDs() {
      for case .caseRenamed(let renamed) in events(ofType: "case.renamed", inCase: id)
      where renamed.from == formerID {
        return id
      }
    }
    return nil
  }

  /// The names case `id`'s client has been given since the case was opened,
  /// oldest first (every `client.renamed` entry, voided or not).
  public func laterClientNames(ofCase id: String) -> [String] {
    events(ofType: "client.renamed", inCase: id).compactMap {
      if case .clientRenamed(let renamed) = $0 { renamed.to } else { nil }
    }
  }

  /// Every event of journal type `type` in case `id`'s journal, in order:
  /// only lines that name the type are decoded; none when the file cannot be read.
  func events(ofType type: String, inCase id: String) -> [CaseEvent] {
    guard let bytes = try? FileIO.readAll(journalURL(forCase: id).path) else { return [] }
    let marker = Array("\"type\":\"\(type)\"".utf8)
    guard bytes.firstRange(of: marker) != nil else { return [] }
    return bytes.split(separator: 0x0A).compactMap { line in
      guard line.firstRange(of: marker) != nil,
        case .success(let decoded) = JournalLine.decode(line),
        decoded.event.typeName == type
      else { return nil }
      return decoded.event
    }
  }
}
