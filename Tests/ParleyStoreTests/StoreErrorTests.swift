import ParleyStore
import Testing

/// Error messages say what went wrong and what to do; pinned here.
@Suite struct StoreErrorTests {
  @Test(arguments: [
    (
      StoreError.permissionDenied(path: "/srv/parley", action: "create the folder"),
      "permission denied: cannot create the folder /srv/parley; make sure you own it"
        + " (chmod u+rwx on the folder), or set PARLEY_HOME to a folder you can write to"
    ),
    (
      StoreError.diskFull(path: "/p/cases/a.jsonl"),
      "the disk is full: could not write to /p/cases/a.jsonl; the journal was left unchanged,"
        + " free some space and try again"
    ),
    (
      StoreError.shortWrite(path: "/p/cases/a.jsonl", written: 10, expected: 200),
      "could not write the whole entry to /p/cases/a.jsonl (only 10 of 200 bytes; the disk may"
        + " be full or the file too large); the journal was left unchanged"
    ),
    (
      StoreError.journalExists(path: "/p/cases/a.jsonl"),
      "a case journal already exists at /p/cases/a.jsonl; open that case instead of creating it"
    ),
    (
      StoreError.damagedJournal(
        path: "/p/cases/a.jsonl", line: 3, problem: .badField(name: "seq", detail: "is missing")),
      "cannot read /p/cases/a.jsonl: line 3: field \"seq\" is missing; the file was not changed,"
        + " run verify for details"
    ),
    (
      StoreError.lockBusy(pid: 1234),
      "another parley (pid 1234) is writing to this workspace; try again in a moment"
    ),
  ])
  func messages(error: StoreError, message: String) {
    #expect(error.description == message)
  }
}
