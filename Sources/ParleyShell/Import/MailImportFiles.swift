import Foundation
import ParleyKit

/// Reads the messages to import from the paths a user gives: `.eml` files,
/// mbox files (Thunderbird, Google Takeout, Apple Mail's `.mbox` folders) and
/// Maildir folders, numbered from 1 in the order given.
enum MailImportFiles {
  /// The messages at `paths`, each with its source named for the user.
  ///
  /// A folder is read as a Maildir when it has `cur` or `new` in it, as an
  /// Apple Mail export when it holds a file named `mbox`, and otherwise for
  /// every mail file inside it, in name order.
  static func items(at paths: [String]) throws -> [MailImportItem] {
    var sources: [(label: String, bytes: [UInt8], isMailbox: Bool)] = []
    for typed in paths {
      // The shell expands `~`; parley's own prompt leaves it to the command.
      let path = (typed as NSString).expandingTildeInPath
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
        throw ShellError.invalid("there is no file or folder '\(typed)'; check the path")
      }
      if isFolder.boolValue {
        sources += try folder(path, label: (path as NSString).lastPathComponent)
      } else {
        let bytes = try read(path)
        sources.append(((path as NSString).lastPathComponent, bytes, isMailbox(bytes)))
      }
    }
    var items: [MailImportItem] = []
    for source in sources {
      if source.isMailbox {
        for message in Mailbox.messages(in: source.bytes) {
          items.append(
            MailImportItem(
              number: items.count + 1, source: "\(source.label), message \(message.number)",
              bytes: message.bytes))
        }
      } else {
        items.append(
          MailImportItem(number: items.count + 1, source: source.label, bytes: source.bytes))
      }
    }
    return items
  }

  /// An mbox starts with a `From ` separator line; an .eml starts with a header.
  private static func isMailbox(_ bytes: [UInt8]) -> Bool {
    bytes.starts(with: Array("From ".utf8))
  }

  private static func folder(_ path: String, label: String) throws -> [(
    label: String, bytes: [UInt8], isMailbox: Bool
  )] {
    let names = try contents(of: path)
    let join = { (name: String) in (path as NSString).appendingPathComponent(name) }
    let labelled = { (name: String) in (label as NSString).appendingPathComponent(name) }
    if names.contains("cur") || names.contains("new") {
      var found: [(String, [UInt8], Bool)] = []
      for sub in ["cur", "new"] where names.contains(sub) {
        for name in try contents(of: join(sub)) {
          let file = (join(sub) as NSString).appendingPathComponent(name)
          guard isRegularFile(file) else { continue }
          found.append(
            ((labelled(sub) as NSString).appendingPathComponent(name), try read(file), false))
        }
      }
      return found
    }
    if names.contains("mbox"), isRegularFile(join("mbox")) {
      return [(label, try read(join("mbox")), true)]
    }
    var found: [(String, [UInt8], Bool)] = []
    for name in names {
      let inner = join(name)
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: inner, isDirectory: &isFolder) else { continue }
      if isFolder.boolValue {
        found += try folder(inner, label: labelled(name))
      } else if name.lowercased().hasSuffix(".eml") || startsLikeMailbox(inner) {
        // Thunderbird keeps each folder as an mbox file with no extension
        // ("Inbox", beside its "Inbox.msf" index): known by its first line.
        let bytes = try read(inner)
        found.append((labelled(name), bytes, isMailbox(bytes)))
      }
    }
    return found
  }

  /// Whether the file at `path` begins with an mbox `From ` line, read
  /// without loading the rest of it.
  private static func startsLikeMailbox(_ path: String) -> Bool {
    guard let handle = FileHandle(forReadingAtPath: path) else { return false }
    defer { try? handle.close() }
    let start = (try? handle.read(upToCount: 5)) ?? nil
    return start.map { isMailbox(Array($0)) } ?? false
  }

  /// The visible entries of a folder, in name order.
  private static func contents(of path: String) throws -> [String] {
    do {
      return try FileManager.default.contentsOfDirectory(atPath: path)
        .filter { !$0.hasPrefix(".") }.sorted()
    } catch {
      throw ShellError.invalid("the folder '\(path)' cannot be read; check its permissions")
    }
  }

  private static func isRegularFile(_ path: String) -> Bool {
    var isFolder: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
      && !isFolder.boolValue
  }

  private static func read(_ path: String) throws -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw ShellError.invalid("'\(path)' cannot be read; check its permissions")
    }
    return Array(data)
  }
}
