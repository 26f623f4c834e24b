import Foundation

/// A short proof of where a journal stood: its case, the number of its last
/// line and the first 32 hex digits of that line's SHA-256, written
/// `acme-ltd@12:3f2a…`.
///
/// The seal beside a journal catches lines removed or changed at its end, but
/// someone who rewrites the whole chain and the seal together leaves a
/// journal that verifies. An anchor kept elsewhere (emailed to yourself,
/// printed) catches that: the rewritten journal no longer holds the anchored line.
public struct JournalAnchor: Hashable, Sendable, CustomStringConvertible {
  /// The case id.
  public let caseID: String
  /// The line anchored (its `seq`).
  public let seq: Int
  /// The start of that line's SHA-256, lower-case hex.
  public let hashPrefix: String

  /// How many hex digits of the hash an anchor keeps: 128 bits.
  public static let hashDigits = 32

  /// The anchor of line `seq` of case `caseID`, whose SHA-256 is `hash`.
  public init(caseID: String, seq: Int, hash: String) {
    self.caseID = caseID
    self.seq = seq
    self.hashPrefix = String(hash.lowercased().prefix(Self.hashDigits))
  }

  /// `acme-ltd@12:3f2a…`.
  public var description: String { "\(caseID)@\(seq):\(hashPrefix)" }

  /// Reads an anchor written as ``description``, or nil.
  public init?(token: String) {
    guard let at = token.lastIndex(of: "@"),
      let colon = token[at...].firstIndex(of: ":"),
      let seq = Int(token[token.index(after: at)..<colon]), seq >= 1
    else { return nil }
    let caseID = String(token[..<at])
    let hash = String(token[token.index(after: colon)...]).lowercased()
    guard CaseSlug.isValidID(caseID), hash.count == Self.hashDigits,
      hash.allSatisfy({ $0.isHexDigit })
    else { return nil }
    self.init(caseID: caseID, seq: seq, hash: hash)
  }

  /// Every anchor in `text`: words that read as anchors, anything else ignored
  /// (so the whole printed block, or an email quoting it, can be given).
  public static func all(in text: String) -> [JournalAnchor] {
    text.split { $0.isWhitespace || $0 == "," || $0 == ";" }.compactMap {
      JournalAnchor(token: String($0))
    }
  }

  /// What checking a journal against an anchor found.
  public enum Check: Hashable, Sendable {
    /// The anchored line is still there, unchanged, and the chain is intact
    /// from the first line to the last (`lineCount` lines now).
    case extends(lineCount: Int)
    /// There is no journal for the anchored case.
    case caseMissing
    /// The journal has fewer lines than the anchored one.
    case lineMissing(lineCount: Int)
    /// The anchored line is not the line that was anchored.
    case lineChanged
    /// The journal does not verify, so it cannot be trusted to extend anything.
    case broken(VerificationResult)
  }

  /// Checks the journal at `url` against this anchor.
  public func check(journalAt url: URL) -> Check {
    guard FileIO.exists(url.path) else { return .caseMissing }
    let seal = JournalSeal.read(for: url)  // before the lines, as Journal.open reads them
    guard let bytes = try? FileIO.readAll(url.path) else {
      return .broken(.broken(line: 1, problem: .notJSON(detail: "the file cannot be read")))
    }
    let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast()
    guard seq <= lines.count else { return .lineMissing(lineCount: lines.count) }
    let anchored = lines[lines.startIndex + seq - 1]
    guard SHA256.hexHash(anchored).hasPrefix(hashPrefix) else { return .lineChanged }
    let result = Journal.verify(bytes: bytes, seal: seal)
    guard case .intact(let lineCount, _) = result else { return .broken(result) }
    return .extends(lineCount: lineCount)
  }
}
