/// Splits an mbox file into its messages.
public enum Mailbox {
  /// The messages in `mbox`, in order.
  ///
  /// A message starts at a `From ` line at the start of the file or after an
  /// empty line, which is how mailers write them; the empty line before the
  /// next `From ` line belongs to the mailbox, not the message. Quoted lines
  /// are unquoted the mboxrd way: `>From ` becomes `From `, `>>From ` becomes
  /// `>From `. Text before the first `From ` line, if any, is message 1.
  /// ``MailboxReader`` does the same a piece at a time.
  public static func messages(in mbox: [UInt8]) -> [MailboxMessage] {
    var reader = MailboxReader()
    return reader.read(mbox[...]) + reader.finish()
  }
}
