import Foundation
import Testing

@testable import ParleyShell

/// ParleyKit points to steps with typed values; only the shell names commands.
/// This scan keeps it so: a quoted command name in a ParleyKit source string
/// fails here, naming the file and line.
@Suite("ParleyKit's strings name no shell command")
struct KitNamesNoCommandsTests {
  /// The repository's root, from this file's place in `Tests/ParleyShellTests/Session`.
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// Every name and alias the shell runs, from the command table.
  static let commandNames = CommandTable.names

  /// The places in `source` where a quote opens on a command name
  /// (`'draft mediation-proposal'`, `'next'`), outside comments.
  static func commandMentions(in source: String, names: [String]) -> [(line: Int, text: String)] {
    let alternatives = names.map(NSRegularExpression.escapedPattern(for:)).joined(separator: "|")
    // A quote, a command name, then the closing quote or a space before its arguments.
    guard let pattern = try? NSRegularExpression(pattern: "'(?:\(alternatives))(?=['\\s])")
    else { return [] }
    var found: [(line: Int, text: String)] = []
    for (index, line) in source.components(separatedBy: "\n").enumerated() {
      if line.trimmingCharacters(in: .whitespaces).hasPrefix("//") { continue }
      let range = NSRange(line.startIndex..., in: line)
      if pattern.firstMatch(in: line, range: range) != nil {
        found.append((index + 1, line.trimmingCharacters(in: .whitespaces)))
      }
    }
    return found
  }

  @Test("no ParleyKit source string quotes a command name")
  func kitSourcesQuoteNoCommand() throws {
    let folder = Self.root.appendingPathComponent("Sources/ParleyKit")
    let enumerator = try #require(FileManager.default.enumerator(atPath: folder.path))
    let files = enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
    #expect(files.count > 100, "the scan found ParleyKit's sources")
    for file in files.sorted() {
      let source = try String(
        contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
      for mention in Self.commandMentions(in: source, names: Self.commandNames) {
        let place = "Sources/ParleyKit/\(file):\(mention.line)"
        Issue.record("\(place) names a command, \(mention.text); point to a SuggestedStep")
      }
    }
  }

  @Test("the scan finds a quoted command, and leaves comments and plain words alone")
  func theScanFindsWhatItLooksFor() {
    let names = Self.commandNames
    #expect(names.contains("draft") && names.contains("next") && names.contains("ls"))
    let flagged = [
      #"advice: "propose mediation instead: use 'draft mediation-proposal'""#,
      #"instead: "take the next step on the ladder ('next'), or offer mediation.","#,
      #"return "entries run from 1 to \(last) ('show --all' lists them)""#,
      #"  + "own name (see 'me'), this is a plain written demand.")"#,
    ]
    for line in flagged {
      #expect(Self.commandMentions(in: line, names: names).count == 1, "\(line)")
    }
    let clean = [
      "/// Offer mediation first ('draft mediation-proposal').",
      "// The walk-away point is set on purpose ('cashflow --walk-away').",
      #"instead: "Offer mediation first (\(.draft(.mediationProposal)))","#,
      #"  + "Not \"soon\" or \"next week\"."#,
      #"message: "say how and when, e.g. 'email 2 Nov' or 'phone call yesterday'""#,
      #"return "unknown currency '\(code)'""#,
      #""the meeting's notes: 'nextcloud' is a word, not a command""#,
    ]
    for line in clean {
      #expect(Self.commandMentions(in: line, names: names).isEmpty, "\(line)")
    }
  }
}
