import Foundation
import ParleyKit

/// Reads the messages to import from the paths a user gives: `.eml` files,
/// mbox files (Thunderbird, Google Takeout, Apple Mail's `.mbox` folders) and
/// Maildir folders, numbered from 1 in the order given.
enum MailImportFiles {
  /// Hands each message at `paths` to `each`, in order, one at a time: an
  /// mbox is read a piece at a time, so a mailbox of gigabytes is never
  /// held whole.
  ///
  /// A folder is read as a Maildir when it has `cur` or `new` in it (with
  /// the hidden Maildir++ folders inside it, such as `.Sent`), as an
  /// Apple Mail export when it holds a file named `mbox`, and otherwise for
  /// every mail file inside it, in name order.
  static func read(at paths: [String], _ each: (MailImportItem) throws -> Void) throws {
    var files: [(label: String, path: String)] = []
    for typed in paths {
      // The shell expands `~`; parley's own prompt leaves it to the command.
      let path = (typed as NSString).expandingTildeInPath
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
        throw ShellError.invalid("there is no file or folder '\(typed)'; check the path")
      }
      let label = (path as NSString).lastPathComponent
      files += isFolder.boolValue ? try folder(path, label: label) : [(label, path)]
    }
    var number = 0
    for file in files {
      guard startsLikeMailbox(file.path) else {
        number += 1
        try each(MailImportItem(number: number, source: file.label, bytes: try contents(file.path)))
        continue
      }
      try eachMessage(inMailbox: file.path) { message in
        number += 1
        try each(
          MailImportItem(
            number: number, source: "\(file.label), message \(message.number)",
            bytes: message.bytes))
      }
    }
  }

  /// The mail files in a folder, each with its label.
  private static func folder(_ path: String, label: String) throws -> [(
    label: String, path: String
  )] {
    let names = try entries(of: path)
    let join = { (name: String) in (path as NSString).appendingPathComponent(name) }
    let labelled = { (name: String) in (label as NSString).appendingPathComponent(name) }
    if isMaildir(path) {
      var found: [(String, String)] = []
      for sub in ["cur", "new"] where names.contains(sub) {
        for name in try entries(of: join(sub)) {
          let file = (join(sub) as NSString).appendingPathComponent(name)
          guard isRegularFile(file) else { continue }
          found.append(((labelled(sub) as NSString).appendingPathComponent(name), file))
        }
      }
      // Maildir++ (Dovecot, Courier) keeps the other folders, Sent among
      // them, as hidden Maildirs inside the first: `.Sent/cur`.
      let hidden = try FileManager.default.contentsOfDirectory(atPath: path)
        .filter { $0.hasPrefix(".") && $0.count > 1 }.sorted()
      for name in hidden {
        let inner = join(name)
        guard isMaildir(inner) else { continue }
        found += try folder(inner, label: labelled(name))
      }
      return found
    }
    if names.contains("mbox"), isRegularFile(join("mbox")) { return [(label, join("mbox"))] }
    var found: [(String, String)] = []
    for name in names {
      let inner = join(name)
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: inner, isDirectory: &isFolder) else { continue }
      if isFolder.boolValue {
        found += try folder(inner, label: labelled(name))
      } else if name.lowercased().hasSuffix(".eml") || startsLikeMailbox(inner) {
        // Thunderbird keeps each folder as an mbox file with no extension
        // ("Inbox", beside its "Inbox.msf" index): known by its first line.
        found.append((labelled(name), inner))
      }
    }
    return found
  }

  /// Reads the mbox at `path` a mebibyte at a time, handing on each message.
  private static func eachMessage(
    inMailbox path: String, _ body: (MailboxMessage) throws -> Void
  ) throws {
    guard let handle = FileHandle(forReadingAtPath: path) else { throw unreadable(path) }
    defer { try? handle.close() }
    var reader = MailboxReader()
    while true {
      let piece: Data?
      do {
        piece = try handle.read(upToCount: 1 << 20)
      } catch {
        throw unreadable(path)
      }
      guard let piece, !piece.isEmpty else { break }
      for message in reader.read(Array(piece)[...]) { try body(message) }
    }
    for message in reader.finish() { try body(message) }
  }

  /// Whether the file at `path` begins with an mbox `From ` line, read
  /// without loading the rest of it.
  private static func startsLikeMailbox(_ path: String) -> Bool {
    guard let handle = FileHandle(forReadingAtPath: path) else { return false }
    defer { try? handle.close() }
    let start = (try? handle.read(upToCount: 5)) ?? nil
    return start.map { Array($0) == Array("From ".utf8) } ?? false
  }

  /// The visible entries of a folder, in name order.
  private static func entries(of path: String) throws -> [String] {
    do {
      return try FileManager.default.contentsOfDirectory(atPath: path)
        .filter { !$0.hasPrefix(".") }.sorted()
    } catch {
      throw ShellError.invalid("the folder '\(path)' cannot be read; check its permissions")
    }
  }

  /// Whether `path` is a folder holding `cur` or `new`.
  private static func isMaildir(_ path: String) -> Bool {
    var isFolder: ObjCBool = false
    return ["cur", "new"].contains { sub in
      FileManager.default.fileExists(
        atPath: (path as NSString).appendingPathComponent(sub), isDirectory: &isFolder)
        && isFolder.boolValue
    }
  }

  private static func isRegularFile(_ path: String) -> Bool {
    var isFolder: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
      && !isFolder.boolValue
  }

  private static func contents(_ path: String) throws -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: path) else { throw unreadable(path) }
    return Array(data)
  }

  private static func unreadable(_ path: String) -> ShellError {
    .invalid("'\(path)' cannot be read; check its permissions")
  }
}
