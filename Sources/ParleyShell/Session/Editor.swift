import Foundation

/// Opens the user's editor on a temporary file: `$PARLEY_EDITOR`, `$VISUAL`,
/// `$EDITOR`, else `vi`, run through `/bin/sh` so `EDITOR="code --wait"` works.
struct Editor {
  let context: ShellContext

  /// The command that will be run.
  var command: String {
    for name in ["PARLEY_EDITOR", "VISUAL", "EDITOR"] {
      if let value = context.environment[name], !value.trimmed.isEmpty { return value }
    }
    return "vi"
  }

  /// Lets the user write text, starting from `initialText`.
  ///
  /// - Parameter acceptsUnchanged: whether leaving the text as it was is an
  ///   answer (a draft accepted as written) rather than a cancel.
  /// - Throws: ``ShellError/cancelled(_:)`` when the editor fails or the text is
  ///   left empty (or unchanged, unless accepted); ``ShellError/usage(_:command:)``
  ///   off a terminal.
  func edit(initialText: String, acceptsUnchanged: Bool = false) throws -> String {
    guard context.reader.isInteractive else {
      throw ShellError.usage(
        "--edit needs a terminal; use --text-file FILE, or --text with the text ending in '.'",
        command: nil)
    }
    context.releaseOutput()  // What the command said so far stays above the editor.
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("parley-\(ProcessInfo.processInfo.processIdentifier)")
    try FileManager.default.createDirectory(
      at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("parley-text.txt")
    guard
      FileManager.default.createFile(
        atPath: file.path, contents: Data(initialText.utf8),
        attributes: [.posixPermissions: 0o600])
    else { throw ShellError.data("could not create a temporary file in \(folder.path)") }
    guard
      let child = ShellScript.start(
        "\(command) \"$1\"", arguments: [file.path], environment: context.environment)
    else {
      throw ShellError.invalid("could not start the editor '\(command)'")
    }
    let code = ShellScript.wait(child)
    guard code == 0 else {
      let how = code.map { "exited with status \($0)" } ?? "was stopped by a signal"
      throw ShellError.cancelled("the editor '\(command)' \(how); nothing was saved")
    }
    let text = try TextFiles.read(file.path)
    guard acceptsUnchanged || text != initialText, !text.trimmed.isEmpty else {
      throw ShellError.cancelled("the text was left unchanged; nothing was saved")
    }
    return text
  }
}
