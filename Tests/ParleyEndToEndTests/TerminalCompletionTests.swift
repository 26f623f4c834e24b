import Foundation
import Testing

@Suite("Tab in the shell on a terminal: draft kinds, plan commands, files")
struct TerminalCompletionTests {
  @Test("`draft fri` Tab completes the draft kind `friendly-reminder `")
  func draftKind() throws {
    let sandbox = try ParleySandbox()
    let terminal = try sandbox.terminal()
    try terminal.expectPrompt()
    terminal.send("draft fri" + Key.tab)
    try terminal.expectScreenLine("parley> draft friendly-reminder ")
    terminal.send(Key.controlC)
    try terminal.expectPrompt()
    terminal.leave()
  }

  @Test("`plan ag` Tab completes the plan command `agree `")
  func planSubcommand() throws {
    let sandbox = try ParleySandbox()
    let terminal = try sandbox.terminal()
    try terminal.expectPrompt()
    terminal.send("plan ag" + Key.tab)
    try terminal.expectScreenLine("parley> plan agree ")
    terminal.send(Key.controlC)
    try terminal.expectPrompt()
    terminal.leave()
  }

  @Test("`check ./no` Tab completes a file in the working folder, and the check runs on it")
  func fileInTheWorkingFolder() throws {
    let sandbox = try ParleySandbox()
    let folder = sandbox.root.appendingPathComponent("drafts", isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try "Hello Sam,\n\nA friendly reminder that invoice 42 is now due. Thank you.\n"
      .write(to: folder.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
    let terminal = try sandbox.terminal(directory: folder)
    try terminal.expectPrompt()
    terminal.send("check ./no" + Key.tab)
    try terminal.expectScreenLine("parley> check ./notes.txt ")
    terminal.send(Key.enter)
    try terminal.expectOutput("Verdict")
    try terminal.expectPrompt()
    terminal.leave()
  }
}
