import Foundation
import Testing

@testable import ParleyKit

/// The reader against mail written by Python's own `email` package
/// (`Scripts/make-mail-fixtures`), a writer that shares nothing with it.
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

    var label: String { message.map { "\(file) #\($0)" } ?? file }
  }

  static let folder = CorpusFiles.root.appendingPathComponent("Tests/Fixtures/Mail")

  private func expectations() throws -> [Expectation] {
    try JSONDecoder().decode(
      [Expectation].self,
      from: Data(contentsOf: Self.folder.appendingPathComponent("expected.json")))
  }

  private func bytes(_ name: String) throws -> [UInt8] {
    Array(try Data(contentsOf: Self.folder.appendingPathComponent(name)))
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

  private func utcSeconds(_ date: MailDate?) -> String? {
    guard let date else { return nil }
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    return formatter.string(
      from: Date(timeIntervalSince1970: TimeInterval(date.timestamp.secondsSince1970)))
  }

  @Test func everyFixtureReadsAsItsWriterWroteIt() throws {
    let all = try expectations()
    #expect(all.count == 9)
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
      if expectation.file == "html-only.eml" {
        #expect(message.text.hasPrefix("Dear supplier"), "the page title is not body text")
      }
    }
  }

  @Test func everyFixtureFileIsDescribedAndTheMailboxHoldsNoMore() throws {
    let all = try expectations()
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
      .filter { $0 != "expected.json" }
    #expect(Set(files) == Set(all.map(\.file)))
    let described = all.filter { $0.file == "thunderbird.mbox" }.compactMap(\.message)
    let cut = Mailbox.messages(in: try bytes("thunderbird.mbox")).map(\.number)
    #expect(cut == described.sorted())
  }

  /// The fixtures cover what they claim to, so a reader bug cannot hide behind a tame file.
  @Test func theFixturesCarryTheFormsTheyAreMeantToCover() throws {
    let text = { (name: String) in String(decoding: try bytes(name), as: UTF8.self) }
    #expect(try text("latin1-base64-crlf.eml").contains("\r\n"))
    #expect(try text("latin1-base64-crlf.eml").contains("=?iso-8859-1?"))
    #expect(try !text("mixed-alternative.eml").contains("\r\n"))
    #expect(try text("mixed-alternative.eml").contains("filename*=utf-8''"))
    #expect(try text("mixed-alternative.eml").contains("multipart/alternative"))
    #expect(try text("windows-1252.eml").contains("charset=\"windows-1252\""))
    #expect(try text("long-header.eml").contains("retainer and\n the two"))
    #expect(try text("obsolete-date.eml").contains("Date: 4 Dec 26 10:15 EST"))
    #expect(try text("thunderbird.mbox").contains("\n>From our side"))
  }
}
