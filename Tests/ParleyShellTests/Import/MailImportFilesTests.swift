import Foundation
import ParleyKit
import Testing

@testable import ParleyShell

/// Which files a path to import stands for, and how each message is named.
@Suite struct MailImportFilesTests {
  let folder: URL

  init() throws {
    folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("parley-mail-files-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  func message(_ subject: String) -> String {
    "From: kim@acme.example\nSubject: \(subject)\nDate: Thu, 15 Oct 2026 12:30:00 +0200\n\nHi.\n"
  }

  func write(_ text: String, to path: String) throws {
    let url = folder.appendingPathComponent(path)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try text.write(to: url, atomically: true, encoding: .utf8)
  }

  func subjects(_ paths: [String]) throws -> [String] {
    try MailImportFiles.items(at: paths.map { folder.appendingPathComponent($0).path }).map {
      String(decoding: $0.bytes, as: UTF8.self).split(separator: "\n")[1]
        .replacingOccurrences(of: "Subject: ", with: "") + " @ " + $0.source
    }
  }

  @Test func anEmlFileIsOneMessageAndAnMboxIsSplitAndNumbered() throws {
    try write(message("single"), to: "one.eml")
    try write(
      "From a Thu Oct 15 10:30:00 2026\n" + message("first") + "\nFrom b Thu Oct 15 10:30:00 2026\n"
        + message("second"), to: "box.mbox")
    #expect(
      try subjects(["one.eml", "box.mbox"]) == [
        "single @ one.eml", "first @ box.mbox, message 1", "second @ box.mbox, message 2",
      ])
    let numbers = try MailImportFiles.items(
      at: ["one.eml", "box.mbox"].map { folder.appendingPathComponent($0).path }
    ).map(\.number)
    #expect(numbers == [1, 2, 3], "numbered across the whole import, as --message picks them")
  }

  @Test func aMaildirReadsCurAndNewAndNotTmp() throws {
    try write(message("seen"), to: "Mail/cur/1760000000.M1P1.host:2,S")
    try write(message("unseen"), to: "Mail/new/1760000001.M2P1.host")
    try write(message("half-delivered"), to: "Mail/tmp/1760000002.M3P1.host")
    #expect(
      try subjects(["Mail"]) == [
        "seen @ Mail/cur/1760000000.M1P1.host:2,S", "unseen @ Mail/new/1760000001.M2P1.host",
      ])
  }

  @Test func aMaildirPlusPlusRootBringsItsSentFolderToo() throws {
    try write(message("inbox"), to: "Maildir/cur/1760000000.M1P1.host:2,S")
    try write(message("sent"), to: "Maildir/.Sent/cur/1760000003.M4P1.host:2,S")
    try write(message("dovecot index"), to: "Maildir/.Sent/dovecot-uidlist")
    try write(message("not a maildir"), to: "Maildir/.cache/x.eml")
    #expect(
      try subjects(["Maildir"]) == [
        "inbox @ Maildir/cur/1760000000.M1P1.host:2,S",
        "sent @ Maildir/.Sent/cur/1760000003.M4P1.host:2,S",
      ])
  }

  @Test func anAppleMailExportIsTheMboxInsideItsFolder() throws {
    try write(
      "From kim@acme.example Thu Oct 15 10:30:00 2026\n" + message("apple"), to: "Acme.mbox/mbox")
    try write("<plist/>", to: "Acme.mbox/Info.plist")
    #expect(try subjects(["Acme.mbox"]) == ["apple @ Acme.mbox, message 1"])
  }

  @Test func aFolderOfMailIsReadInNameOrderSkippingOtherFiles() throws {
    try write(message("b"), to: "Export/b.eml")
    try write(message("a"), to: "Export/a.EML")
    try write("notes", to: "Export/readme.txt")
    try write(message("hidden"), to: "Export/.hidden.eml")
    try write(
      "From x Thu Oct 15 10:30:00 2026\n" + message("nested"), to: "Export/Takeout/Mail/All.mbox")
    #expect(
      try subjects(["Export"]) == [
        "nested @ Export/Takeout/Mail/All.mbox, message 1", "a @ Export/a.EML", "b @ Export/b.eml",
      ])
  }

  @Test func aThunderbirdFolderIsItsMboxFilesWithoutExtensions() throws {
    try write(
      "From - Thu Oct 15 10:30:00 2026\nX-Mozilla-Status: 0001\n" + message("inbox"),
      to: "Local Folders/Inbox")
    try write("// <!-- <mdb:mork:z v=\"1.4\"/> -->", to: "Local Folders/Inbox.msf")
    try write(message("loose"), to: "Local Folders/notes")
    let read = try MailImportFiles.items(at: [folder.appendingPathComponent("Local Folders").path])
    #expect(read.map(\.source) == ["Local Folders/Inbox, message 1"])
  }

  @Test func aMissingPathIsNamed() throws {
    #expect(throws: ShellError.invalid("there is no file or folder 'nowhere.mbox'; check the path"))
    {
      try MailImportFiles.items(at: ["nowhere.mbox"])
    }
  }
}

extension MailImportFiles {
  /// Every message at `paths`, gathered.
  static func items(at paths: [String]) throws -> [MailImportItem] {
    var items: [MailImportItem] = []
    try read(at: paths) { items.append($0) }
    return items
  }
}
