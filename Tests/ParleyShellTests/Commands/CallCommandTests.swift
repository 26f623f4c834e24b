import Foundation
import ParleyKit
import Testing

@testable import ParleyShell

@Suite("call: the companion at a terminal")
struct CallCommandTests {
  @Test func aCallRecordsNotesAsTypedAndThePromiseAtTheEnd() throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    let run = try shell.session([
      "open acme-ltd", "call", "", "they say the cheque is in the post", "end", "promise", "£500",
      "Friday 4 December 2026", "no", "quit",
    ])
    #expect(run.stdout.contains("2/6 Listen:"), "\(run.stdout)")
    #expect(run.stdout.contains("noted (entry 3)"))
    #expect(run.stdout.contains("Say: \"Thank you. When was it sent"))
    #expect(run.stdout.contains("Recorded entry 4: phone to client on 29 Nov 2026"))
    #expect(
      run.reader.prompts.contains {
        $0.contains("Write the confirmation email now? (yes / no) [yes]")
      })
    #expect(run.stdout.contains("draft call-confirmation --amount £500.00 --date 2026-12-04"))
  }

  @Test func offATerminalCallSaysToLogTheCallInstead() throws {
    let shell = try ShellHarness()
    try shell.makeAcme()
    let run = try shell.oneShot(["call"])
    #expect(run.status == .usage)
    #expect(run.stderr.contains("use 'log --channel phone'"))
  }
}
