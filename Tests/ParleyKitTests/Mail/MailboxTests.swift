import Testing

@testable import ParleyKit

@Suite struct MailboxTests {
  private func texts(_ mbox: String) -> [String] {
    Mailbox.messages(in: Array(mbox.utf8)).map { String(decoding: $0.bytes, as: UTF8.self) }
  }

  @Test func splitsAtFromLinesAndNumbersFromOne() throws {
    let mbox =
      "From ann@b.c Fri Dec  4 10:15:00 2026\nFrom: ann@b.c\nSubject: one\n\nfirst\n\n"
      + "From bob@b.c Fri Dec  4 11:00:00 2026\nFrom: bob@b.c\nSubject: two\n\nsecond\n"
    let messages = Mailbox.messages(in: Array(mbox.utf8))
    #expect(messages.map(\.number) == [1, 2])
    #expect(
      texts(mbox) == [
        "From: ann@b.c\nSubject: one\n\nfirst\n", "From: bob@b.c\nSubject: two\n\nsecond\n",
      ])
    #expect(try MailMessage.parse(messages[1].bytes).subject == "two")
  }

  @Test func quotedFromLinesAreUnquotedTheMboxrdWay() {
    let mbox =
      "From x Fri Dec  4 10:15:00 2026\nSubject: q\n\n>From the start\n>>From deeper\n>not from\n"
    #expect(texts(mbox) == ["Subject: q\n\nFrom the start\n>From deeper\n>not from\n"])
  }

  @Test func aFromInsideAParagraphIsNotASeparator() {
    let mbox = "From x Fri Dec  4 10:15:00 2026\nSubject: q\n\nline\nFrom here on\n"
    #expect(texts(mbox).count == 1)
  }

  /// The empty line ending the last message is the mailbox's, as between messages.
  @Test func crlfMailboxesAndEmptyInput() {
    #expect(
      texts("From x\r\nSubject: a\r\n\r\nbody\r\n\r\nFrom y\r\nSubject: b\r\n\r\n") == [
        "Subject: a\r\n\r\nbody\r\n", "Subject: b\r\n",
      ])
    #expect(Mailbox.messages(in: []).isEmpty)
  }
}
