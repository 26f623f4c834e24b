import Foundation
import Testing

@testable import ParleyKit

/// The reader against mail written by Python's own `email` package
/// (`Scripts/make-mail-fixtures`), a writer that shares nothing with it, in the
/// forms real mail programs export: a Thunderbird local folder, a Google
/// Takeout mbox, an Apple Mail export folder and a Maildir.
@Suite struct MailFixtureTests {
  /// One line of `expected.json`: what a fixture file (or one mbox message) holds.
  struct Expectation: Decodable {
    let file: String
    let message: Int?
    let subject: String
    let from: String
    let date: String
    let phrase: String
    let attachments: [String]
    let messageID: String
    let inReplyTo: [String]

    var label: String { message.map { "\(file) #\($0)" } ?? file }
  }

  static let folder = CorpusFiles.root.appendingPathComponent("Tests/Fixtures/Mail")

  /// Files in the fixture folder that hold no message: the expectations, the
  /// index Apple Mail writes beside its mbox, and dot files such as `.gitkeep`.
  static let notMessages: Set<String> = ["expected.json", "Acme.mbox/table_of_contents"]

  private func expectations() throws -> [Expectation] {
    try JSONDecoder().decode(
      [Expectation].self,
      from: Data(contentsOf: Self.folder.appendingPathComponent("expected.json")))
  }

  private func bytes(_ name: String) throws -> [UInt8] {
    Array(try Data(contentsOf: Self.folder.appendingPathComponent(name)))
  }

  private func text(_ name: String) throws -> String {
    String(decoding: try bytes(name), as: UTF8.self)
  }

  /// The files under `relative`, as paths relative to the fixture folder, sorted.
  private func files(under relative: String = "") -> [String] {
    let base = relative.isEmpty ? Self.folder : Self.folder.appendingPathComponent(relative)
    let found = FileManager.default.enumerator(atPath: base.path)?.allObjects as? [String] ?? []
    return found.filter { path in
      var isFolder: ObjCBool = false
      FileManager.default.fileExists(
        atPath: base.appendingPathComponent(path).path, isDirectory: &isFolder)
      return !isFolder.boolValue
    }
    .map { relative.isEmpty ? $0 : "\(relative)/\($0)" }
    .sorted()
  }

  /// The message an expectation describes: the whole file, or the numbered mbox message.
  private func message(for expectation: Expectation) throws -> MailMessage? {
    let data = try bytes(expectation.file)
    guard let number = expectation.message else { return try MailMessage.parse(data) }
    guard let cut = Mailbox.messages(in: data).first(where: { $0.number == number }) else {
      return nil
    }
    return try MailMessage.parse(cut.bytes)
  }

  /// The messages of an mbox fixture, as cut.
  private func mailbox(_ name: String) throws -> [MailboxMessage] {
    Mailbox.messages(in: try bytes(name))
  }

  private func utcSeconds(_ date: MailDate?) -> String? {
    guard let date else { return nil }
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    return formatter.string(
      from: Date(timeIntervalSince1970: TimeInterval(date.timestamp.secondsSince1970)))
  }

  @Test func everyFixtureReadsAsItsWriterWroteIt() throws {
    let all = try expectations()
    #expect(all.count == 24)
    for expectation in all {
      guard let message = try message(for: expectation) else {
        Issue.record("\(expectation.label): no such message in the mailbox")
        continue
      }
      #expect(message.subject == expectation.subject, "\(expectation.label)")
      #expect(message.from.map(\.address) == [expectation.from], "\(expectation.label)")
      #expect(utcSeconds(message.date) == expectation.date, "\(expectation.label)")
      #expect(
        message.text.contains(expectation.phrase),
        "\(expectation.label): \(expectation.phrase) not in \(message.text)")
      #expect(message.attachmentNames == expectation.attachments, "\(expectation.label)")
      #expect(message.messageID == expectation.messageID, "\(expectation.label)")
      #expect(message.inReplyTo == expectation.inReplyTo, "\(expectation.label)")
      if expectation.file == "html-only.eml" {
        #expect(message.text.hasPrefix("Dear supplier"), "the page title is not body text")
      }
    }
  }

  @Test func everyFixtureFileIsDescribedAndEveryMailboxHoldsNoMore() throws {
    let all = try expectations()
    let messageFiles = files().filter {
      !Self.notMessages.contains($0) && !($0.split(separator: "/").last?.hasPrefix(".") ?? true)
    }
    #expect(Set(messageFiles) == Set(all.map(\.file)))
    let mailboxes = Dictionary(grouping: all.filter { $0.message != nil }, by: \.file)
    #expect(
      Set(mailboxes.keys) == [
        "python-mailbox.mbox", "thunderbird.mbox", "takeout.mbox", "Acme.mbox/mbox",
      ])
    for (name, described) in mailboxes {
      let cut = try mailbox(name).map(\.number)
      #expect(cut == described.compactMap(\.message).sorted(), "\(name)")
    }
  }

  /// A Maildir is read file by file: every file in `cur/` and `new/` is one message.
  @Test func everyMaildirFileIsOneDescribedMessage() throws {
    let described = Dictionary(
      uniqueKeysWithValues: try expectations().filter { $0.file.hasPrefix("maildir/") }
        .map { ($0.file, $0) })
    let messages = files(under: "maildir/cur") + files(under: "maildir/new")
    #expect(messages.count == 3)
    #expect(Set(messages) == Set(described.keys))
    for path in messages {
      let message = try MailMessage.parse(try bytes(path))
      #expect(message.messageID == described[path]?.messageID, "\(path)")
      #expect(message.subject == described[path]?.subject, "\(path)")
    }
    // Seen messages carry their flags in the name; new ones have none yet.
    #expect(files(under: "maildir/cur").allSatisfy { $0.contains(":2,") && $0.hasSuffix("S") })
    #expect(files(under: "maildir/new").allSatisfy { !$0.contains(":2,") })
    #expect(files(under: "maildir/tmp") == ["maildir/tmp/.gitkeep"])
  }

  @Test func forwardedMessagesAreReadAfterTheTextThatForwardsThem() throws {
    let forwarded = try MailMessage.parse(try bytes("forwarded.eml"))
    #expect(
      forwarded.text.hasPrefix(
        """
        Keeping these with the INV-2026-031 file.

        ---------- Forwarded message ----------
        From: Dana Whitfield <ap@harbourco.example>
        Date: Mon, 23 Nov 2026 10:41:00 +0000
        Subject: RE: Invoice INV-2026-031 – held for a PO number

        Hi Sam,

        Apologies: the invoice was held back because our purchase order number was missing
        """))
    #expect(!forwarded.text.contains("supplier details form"), "a named .eml stays a file")
    let maildirForward = try #require(files(under: "maildir/new").first)
    let note = try MailMessage.parse(try bytes(maildirForward))
    #expect(
      note.text.contains(
        "due 15 January.\n\n---------- Forwarded message ----------\n"
          + "From: Ellie Moss <ellie@northgatebistro.example>\n"))
  }

  /// The fixtures cover what they claim to, so a reader bug cannot hide behind a tame file.
  @Test func theFixturesCarryTheFormsTheyAreMeantToCover() throws {
    #expect(try text("latin1-base64-crlf.eml").contains("\r\n"))
    #expect(try text("latin1-base64-crlf.eml").contains("=?iso-8859-1?"))
    #expect(try !text("mixed-alternative.eml").contains("\r\n"))
    #expect(try text("mixed-alternative.eml").contains("filename*=utf-8''"))
    #expect(try text("mixed-alternative.eml").contains("multipart/alternative"))
    #expect(try text("windows-1252.eml").contains("charset=\"windows-1252\""))
    #expect(try text("long-header.eml").contains("retainer and\n the two"))
    #expect(try text("obsolete-date.eml").contains("Date: 4 Dec 26 10:15 EST"))
    #expect(try text("python-mailbox.mbox").contains("\n>From our side"))
    #expect(try text("forwarded.eml").contains("Content-Type: message/rfc822"))
  }

  @Test func theThunderbirdFolderIsWrittenAsThunderbirdWritesIt() throws {
    let raw = try text("thunderbird.mbox")
    #expect(raw.hasPrefix("From - Thu Oct 15 10:30:00 2026\nX-Mozilla-Status: 0001\n"))
    #expect(raw.contains("\nFrom - Tue Nov  3 16:12:41 2026\nX-Mozilla-Status: 0003\n"))
    #expect(raw.contains("X-Mozilla-Keys: \(String(repeating: " ", count: 80))\n"))
    #expect(!raw.contains("\r"))
    #expect(raw.contains("\n>From this month"))
    #expect(raw.contains("format=\"flowed\""))
    for message in try mailbox("thunderbird.mbox") {
      let names = MailHeaders.read(message.bytes[...]).headers.fields.prefix(3).map(\.name)
      #expect(names == ["X-Mozilla-Status", "X-Mozilla-Status2", "X-Mozilla-Keys"])
    }
    // Each phrase spans a soft line break, so only flowed reading finds it.
    #expect(!raw.contains("Payment is due within 30 days"))
    #expect(!raw.contains("past its due date of 14 November"))
  }

  @Test func theTakeoutMailboxIsWrittenAsGoogleTakeoutWritesIt() throws {
    let raw = try bytes("takeout.mbox")
    let bareLineFeeds = raw.indices.filter { raw[$0] == 0x0A && ($0 == 0 || raw[$0 - 1] != 0x0D) }
    #expect(bareLineFeeds.isEmpty, "every line ends in CRLF")
    #expect(try text("takeout.mbox").hasPrefix("From 1877837548093678066@xxx Thu Oct 01 "))
    #expect(try text("takeout.mbox").contains("\r\n>From your note"))
    let messages = try mailbox("takeout.mbox")
    for message in messages {
      let fields = MailHeaders.read(message.bytes[...]).headers.fields
      #expect(fields.prefix(2).map(\.name) == ["X-GM-THRID", "X-Gmail-Labels"])
      #expect(fields.first?.value == "1877837548093678066", "one thread")
    }
    let types = messages.map { MailHeaders.read($0.bytes[...]).headers.first("Content-Type") }
    #expect(types[0]?.hasPrefix("multipart/mixed") == true)
    #expect(types[1]?.hasPrefix("text/html") == true)
  }

  @Test func theAppleMailExportIsAFolderOfMboxAndIndex() throws {
    #expect(files(under: "Acme.mbox") == ["Acme.mbox/mbox", "Acme.mbox/table_of_contents"])
    let raw = try text("Acme.mbox/mbox")
    #expect(raw.hasPrefix("From sam@bakerdesign.example Mon Nov  2 09:12:00 2026\n"))
    #expect(raw.contains("\nFrom accounts@acme.example Mon Nov 30 14:20:00 2026\n"))
    #expect(raw.contains("format=\"flowed\"; delsp=\"yes\""))
    #expect(!raw.contains("INV-2026-018?client=acme-ltd&amount"), "the link is broken mid-word")
    #expect(try bytes("Acme.mbox/table_of_contents").prefix(4) == [0x00, 0x0D, 0xBB, 0xA0])
  }
}
