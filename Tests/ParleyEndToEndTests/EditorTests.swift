import Foundation
import Testing

/// `--edit` on a terminal: the editor the user named runs on the text, and
/// what it leaves is recorded; an editor that fails records nothing.
@Suite("The built binary: writing a text in the user's editor")
struct EditorTests {
  /// An "editor" that writes `text` into the file it is given, then exits with `status`.
  func editor(in sandbox: ParleySandbox, writing text: String, status: Int32 = 0) throws -> String {
    let path = sandbox.root.appendingPathComponent("editor-\(status).sh").path
    try "#!/bin/sh\nprintf '%s\\n' '\(text)' > \"$1\"\nexit \(status)\n"
      .write(toFile: path, atomically: true, encoding: .utf8)
    chmod(path, 0o755)
    return path
  }

  @Test("the text the editor leaves is the contact's full text")
  func editedTextIsRecorded() throws {
    let sandbox = try ParleySandbox()
    try sandbox.openAcme()
    let editor = try editor(in: sandbox, writing: "Kim called back: paying Friday.")
    let terminal = try sandbox.terminal(environment: ["PARLEY_EDITOR": editor])
    try terminal.expectPrompt()
    terminal.send(
      "log --case acme --channel phone --in --summary \"call back\" --on today --edit" + Key.enter)
    try terminal.expectOutput("Recorded entry 4")
    try terminal.expectPrompt()
    terminal.leave()
    let texts = try sandbox.entries(ofType: "contact.logged").compactMap {
      $0["fullText"] as? String
    }
    #expect(texts.last == "Kim called back: paying Friday.\n", "\(terminal.failureTranscript)")
  }

  @Test("an editor that fails records nothing and says how it ended")
  func failingEditorRecordsNothing() throws {
    let sandbox = try ParleySandbox()
    try sandbox.openAcme()
    let before = try sandbox.journal()
    let editor = try editor(in: sandbox, writing: "never kept", status: 3)
    let terminal = try sandbox.terminal(environment: ["PARLEY_EDITOR": editor])
    try terminal.expectPrompt()
    terminal.send(
      "log --case acme --channel phone --in --summary \"x\" --on today --edit" + Key.enter)
    try terminal.expectOutput("exited with status 3; nothing was saved")
    try terminal.expectPrompt()
    terminal.leave()
    #expect(try sandbox.journal() == before)
  }
}
