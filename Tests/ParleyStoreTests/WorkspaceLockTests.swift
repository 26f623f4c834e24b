import Foundation
import ParleyKit
import ParleyStore
import ParleyTestSupport
import Synchronization
import Testing

/// The workspace lock keeps writers from different processes and threads apart.
@Suite struct WorkspaceLockTests {
  /// Starts `executable` and waits until it prints its first line (it holds the lock then).
  private func startHolder(_ executable: String, _ arguments: [String]) throws -> ChildProcess {
    let holder = try ChildProcess.spawn(executable, arguments)
    #expect(holder.firstLine().hasPrefix("locked"))
    return holder
  }

  @Test func appendFailsClearlyWhileAnotherProcessHoldsTheLock() throws {
    let temp = try TemporaryWorkspace(lockWait: .milliseconds(400))
    var journal = try temp.openCase()
    let before = try temp.bytes(journal.url)
    // A stand-in for another parley: takes the lock, writes its pid, holds it.
    let script = """
      import fcntl, os, sys, time
      f = open(sys.argv[1], "r+")
      fcntl.flock(f, fcntl.LOCK_EX)
      f.truncate(0); f.write("%d\\n" % os.getpid()); f.flush()
      print("locked", flush=True)
      time.sleep(3)
      """
    let holder = try startHolder(
      "/usr/bin/env", ["python3", "-c", script, temp.workspace.lock.url.path])
    defer { holder.finish(stopping: true) }
    let started = ContinuousClock.now
    #expect(throws: StoreError.lockBusy(pid: holder.pid)) {
      try journal.append(Fixtures.note("blocked"), at: Fixtures.time(1))
    }
    let waited = ContinuousClock.now - started
    #expect(waited >= .milliseconds(350) && waited < .seconds(2))
    #expect(
      StoreError.lockBusy(pid: holder.pid).description
        == "another parley (pid \(holder.pid)) is writing to this workspace;"
        + " try again in a moment")
    #expect(try temp.bytes(journal.url) == before)
    #expect(journal.records.count == 1)
    #expect(throws: StoreError.lockBusy(pid: holder.pid)) {
      try temp.workspace.createCase(Fixtures.opened("Other"), at: Fixtures.time(2))
    }
    #expect(try temp.workspace.caseIDs() == ["acme-ltd"])
  }

  @Test func lockHeldByFlockWithoutAPidStillGivesAClearMessage() throws {
    let temp = try TemporaryWorkspace(lockWait: .milliseconds(200))
    var journal = try temp.openCase()
    let before = try temp.bytes(journal.url)
    let holder = try startHolder(
      "/usr/bin/flock", [temp.workspace.lock.url.path, "sh", "-c", "echo locked; exec sleep 3"])
    defer { holder.finish(stopping: true) }
    #expect(throws: StoreError.lockBusy(pid: nil)) {
      try journal.append(Fixtures.note("blocked"), at: Fixtures.time(1))
    }
    #expect(
      StoreError.lockBusy(pid: nil).description
        == "another parley is writing to this workspace; try again in a moment")
    #expect(try temp.bytes(journal.url) == before)
  }

  @Test func appendWaitsForABriefHolder() throws {
    let temp = try TemporaryWorkspace(lockWait: .seconds(5))
    var journal = try temp.openCase()
    let holder = try startHolder(
      "/usr/bin/flock", [temp.workspace.lock.url.path, "sh", "-c", "echo locked; exec sleep 0.3"])
    defer { holder.finish(stopping: false) }
    #expect(try journal.append(Fixtures.note("after waiting"), at: Fixtures.time(1)).seq == 2)
  }

  @Test func concurrentWritersNeverInterleave() throws {
    let temp = try TemporaryWorkspace(lockWait: .seconds(30))
    let url = try temp.openCase().url
    let lock = temp.workspace.lock
    let perWriter = 40
    let failures = Mutex<[String]>([])
    DispatchQueue.concurrentPerform(iterations: 2) { writer in
      do {
        var journal = try Journal.open(url, lock: lock)
        for index in 0..<perWriter {
          try journal.append(Fixtures.note("writer \(writer) #\(index)"), at: Fixtures.time(1))
        }
      } catch {
        failures.withLock { $0.append("\(error)") }
      }
    }
    #expect(failures.withLock { $0 } == [])
    let journal = try Journal.open(url)
    #expect(journal.records.map(\.seq) == Array(1...(2 * perWriter + 1)))
    #expect(try journal.verify().isIntact)
    for writer in 0..<2 {
      let notes = journal.records.compactMap { record -> String? in
        guard case .note(let note) = record.event, note.text.hasPrefix("writer \(writer) ") else {
          return nil
        }
        return note.text
      }
      #expect(notes == (0..<perWriter).map { "writer \(writer) #\($0)" })
    }
  }

  @Test func lockIsReleasedAfterUseAndClearsThePid() throws {
    let temp = try TemporaryWorkspace(lockWait: .zero)
    var journal = try temp.openCase()
    try journal.append(Fixtures.note("one"), at: Fixtures.time(1))
    try journal.append(Fixtures.note("two"), at: Fixtures.time(2))
    #expect(try temp.bytes(temp.workspace.lock.url).isEmpty)
    let inside = try temp.workspace.lock.withLock { () throws(StoreError) -> String in
      String(decoding: (try? temp.bytes(temp.workspace.lock.url)) ?? [], as: UTF8.self)
    }
    #expect(inside == "\(getpid())\n")
  }
}
