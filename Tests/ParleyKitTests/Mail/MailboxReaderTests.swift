import Foundation
import Testing

@testable import ParleyKit

/// Reading a mailbox a piece at a time finds what reading it whole finds.
@Suite struct MailboxReaderTests {
  /// Pieces of the fixtures and of made-up mailboxes (CRLF and LF, quoted
  /// `From ` lines, no final newline, text before the first separator).
  private func mailboxes() throws -> [[UInt8]] {
    let folder = CorpusFiles.root.appendingPathComponent("Tests/Fixtures/Mail")
    var boxes = try ["thunderbird.mbox", "takeout.mbox", "python-mailbox.mbox", "Acme.mbox/mbox"]
      .map { Array(try Data(contentsOf: folder.appendingPathComponent($0))) }
    var rng = SeededGenerator(seed: 0x6D62_6F78)
    let lines = [
      "From a@b Thu Oct 15 10:30:00 2026", "From: a@b", "Subject: x", "", ">From here",
      "From there",
      ">>From quoted", "body line", "\r", "From c@d Fri Oct 16 10:30:00 2026\r",
    ]
    for _ in 0..<200 {
      let count = Int.random(in: 0...30, using: &rng)
      let text = (0..<count).map { _ in lines[Int.random(in: 0..<lines.count, using: &rng)] }
        .joined(separator: Bool.random(using: &rng) ? "\n" : "\r\n")
      boxes.append(Array(text.utf8))
    }
    return boxes
  }

  @Test func anyPiecesGiveTheSameMessagesAsTheWhole() throws {
    var rng = SeededGenerator(seed: 0x7069_6563)
    for (index, box) in try mailboxes().enumerated() {
      let whole = Mailbox.messages(in: box)
      for _ in 0..<5 {
        var reader = MailboxReader()
        var pieced: [MailboxMessage] = []
        var start = 0
        while start < box.count {
          let end = min(box.count, start + Int.random(in: 1...97, using: &rng))
          pieced += reader.read(box[start..<end])
          start = end
        }
        pieced += reader.finish()
        #expect(pieced == whole, "mailbox \(index)")
      }
    }
  }
}
