import ParleyKit

extension ShellContext {
  /// The user's details for a draft or an export.
  ///
  /// The first time they are needed at a terminal, the `me` questions are
  /// asked once and saved (even when every answer is skipped), so no
  /// later draft asks again; in a script nothing is asked.
  func sender(_ arguments: ParsedArguments) throws -> SenderDetails? {
    let workspace = book.workspace
    if let saved = try workspace.loadSender() { return saved }
    guard reader.isInteractive, !isUnattended(arguments) else { return nil }
    say(
      "First, who the letters are from and how clients pay you. parley asks this once; "
        + "Enter skips a question, and 'me' changes any answer later.")
    let details = try MeCommand.ask(
      earlier: SenderDetails(), presets: [:], unattended: false, in: self)
    try workspace.saveSender(details)
    say("Saved your details.")
    return details
  }
}
