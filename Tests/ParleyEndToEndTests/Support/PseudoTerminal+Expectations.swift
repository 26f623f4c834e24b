import Foundation
import Testing

/// Waiting for what parley shows, failing with the transcript.
extension PseudoTerminal {
  /// The shell's prompt with no case open.
  static let shellPrompt = "parley> "
  /// The shell's prompt with the Acme case (``ParleySandbox/openAcme(withReminder:)``) open.
  static let acmePrompt = "parley acme-ltd> "

  /// What the terminal shows and what parley wrote, for a failure's message.
  var failureTranscript: String {
    """
    --- screen ---
    \(screenLines.joined(separator: "\n"))
    --- bytes ---
    \(output.debugDescription)
    """
  }

  /// Waits for `prompt` and for libedit to be reading keys.
  func expectPrompt(
    _ prompt: String = shellPrompt, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    try #require(
      waitForEditor(prompt: prompt, timeout: 15),
      "no prompt '\(prompt)' (raw mode: \(isRaw))\n\(failureTranscript)",
      sourceLocation: sourceLocation)
  }

  /// Waits for `text`.
  func expectOutput(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try #require(
      waitFor(text, timeout: 15), "never printed '\(text)'\n\(failureTranscript)",
      sourceLocation: sourceLocation)
  }

  /// Waits until the cursor's line on screen reads `expected`.
  func expectScreenLine(_ expected: String, sourceLocation: SourceLocation = #_sourceLocation)
    throws
  {
    try #require(
      waitUntil(timeout: 15) { $0.currentScreenLine == expected },
      "not on screen: '\(expected)'\n\(failureTranscript)", sourceLocation: sourceLocation)
  }

  /// Types Ctrl-C once parley waits for a key (see ``waitUntilReadingInput(timeout:)``:
  /// a Ctrl-C in the instant after an echo can be lost, a known race tested separately).
  func interrupt(sourceLocation: SourceLocation = #_sourceLocation) throws {
    try #require(
      waitUntilReadingInput(timeout: 15), "parley never waited for a key",
      sourceLocation: sourceLocation)
    send(Key.controlC)
  }

  /// Ctrl-D on an empty line, which must end the shell with status 0.
  func leave(sourceLocation: SourceLocation = #_sourceLocation) {
    send(Key.controlD)
    let status = waitForExit(timeout: 15)
    #expect(status == 0, "\(failureTranscript)", sourceLocation: sourceLocation)
  }
}
