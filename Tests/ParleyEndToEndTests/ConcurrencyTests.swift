import Foundation
import Testing

@Suite("Two writers on one case")
struct ConcurrencyTests {
  @Test("two processes adding 20 notes each at once: 40 notes, a sound chain")
  func parallelAppends() throws {
    let sandbox = try ParleySandbox()
    try sandbox.openAcme()
    let executable = sandbox.executable
    let environment = sandbox.environment()
    let failures = Failures()

    let group = DispatchGroup()
    for writer in ["A", "B"] {
      DispatchQueue.global().async(group: group) {
        for index in 1...20 {
          do {
            let result = try ParleyProcess.run(
              executable: executable, arguments: ["note", "\(writer)\(index)", "--case", "acme"],
              environment: environment, timeout: 20)
            if result.status != 0 { failures.add("note \(writer)\(index): \(result)") }
          } catch {
            failures.add("note \(writer)\(index): \(error)")
          }
        }
      }
    }
    try #require(group.wait(timeout: .now() + 90) == .success, "the writers did not finish")
    #expect(failures.all.isEmpty, "\(failures.all)")

    let verified = try sandbox.run("verify")
    #expect(verified.status == 0, "\(verified)")
    let records = try sandbox.records()
    #expect(records.map { $0["seq"] as? Int } == Array(1...43).map { $0 })
    let notes = try sandbox.entries(ofType: "note").compactMap { $0["text"] as? String }
    #expect(notes.count == 40)
    let expected = Set(["A", "B"].flatMap { writer in (1...20).map { "\(writer)\($0)" } })
    #expect(Set(notes) == expected)
    // Each writer's notes stay in the order it wrote them.
    for writer in ["A", "B"] {
      let mine = notes.filter { $0.hasPrefix(writer) }
      #expect(mine == (1...20).map { "\(writer)\($0)" })
    }
  }
}

extension ConcurrencyTests {
  @Test(
    "two scripts of 30 notes each at once: a script keeps what it read, yet misses no one's lines")
  func parallelScripts() throws {
    let sandbox = try ParleySandbox()
    try sandbox.openAcme()
    let executable = sandbox.executable
    let environment = sandbox.environment()
    let failures = Failures()
    let group = DispatchGroup()
    for writer in ["A", "B"] {
      let script = (1...30).map { "note --case acme \(writer)\($0)\n" }.joined()
      DispatchQueue.global().async(group: group) {
        do {
          let result = try ParleyProcess.run(
            executable: executable, arguments: [], stdin: Data(script.utf8),
            environment: environment, timeout: 60)
          if result.status != 0 { failures.add("script \(writer): \(result)") }
        } catch {
          failures.add("script \(writer): \(error)")
        }
      }
    }
    try #require(group.wait(timeout: .now() + 90) == .success, "the scripts did not finish")
    #expect(failures.all.isEmpty, "\(failures.all)")
    #expect(try sandbox.run("verify").status == 0)
    let notes = try sandbox.entries(ofType: "note").compactMap { $0["text"] as? String }
    for writer in ["A", "B"] {
      #expect(notes.filter { $0.hasPrefix(writer) } == (1...30).map { "\(writer)\($0)" })
    }
  }
}

/// Failure messages collected from several threads.
private final class Failures: @unchecked Sendable {
  private let lock = NSLock()
  private var messages: [String] = []

  func add(_ message: String) {
    lock.lock()
    messages.append(message)
    lock.unlock()
  }

  var all: [String] {
    lock.lock()
    defer { lock.unlock() }
    return messages
  }
}
