import Foundation
import ParleyKit

/// One line of a case journal: the frame around an event, as stored on disk.
///
/// A journal is a UTF-8 JSON Lines file, `cases/<id>.jsonl`, append-only.
/// Each line is one JSON object followed by `\n`, with exactly these keys in
/// this order (sorted), no spaces, and `/` not escaped:
///
/// ```
/// {"at":"2026-11-29T00:56:38Z","data":{...},"prev":"<64 hex>","seq":1,"type":"invoice.added","tz":"Europe/London","v":1}
/// ```
///
/// - `at`: when the event was recorded, UTC, `YYYY-MM-DDTHH:MM:SSZ`.
/// - `data`: the event's payload, an object whose keys are sorted too
///   (amounts are `{"amount":"1200.50","currency":"GBP"}`, days `"2026-10-08"`).
/// - `prev`: the SHA-256, in 64 lowercase hex digits, of the previous line's
///   exact bytes without its `\n`; 64 zeros on the first line.
/// - `seq`: 1 on the first line, then one more on each line.
/// - `type`: the event type (`case.opened`, `invoice.added`, `contact.logged`,
///   `payment.received`, `note`, `void`).
/// - `tz`: the user's IANA time-zone id when it was recorded.
/// - `v`: the format version, 1.
///
/// The chain hashes the raw bytes as stored, so there is no canonical form to
/// agree on: any change to a line changes its hash, which no longer matches
/// the `prev` of the line after it.
struct JournalLine: Hashable, Sendable {
  /// The format version this parley writes and reads.
  static let formatVersion = 1
  /// The `prev` of the first line: 64 zeros.
  static let genesisHash = String(repeating: "0", count: 64)

  /// The line's sequence number.
  var seq: Int
  /// When it was recorded.
  var timestamp: Timestamp
  /// What happened.
  var event: CaseEvent
  /// The previous line's SHA-256 in hex.
  var prev: String

  /// The line's bytes, without the trailing newline.
  func encoded() throws(StoreError) -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let bytes: [UInt8]
    do {
      bytes = Array(try encoder.encode(Frame(line: self)))
    } catch {
      throw StoreError.encodingFailed(type: event.typeName, detail: "\(error)")
    }
    guard !bytes.contains(0x0A) else {
      throw StoreError.encodingFailed(type: event.typeName, detail: "the JSON holds a newline")
    }
    return bytes
  }

  /// Parses one line's bytes (without its newline).
  static func decode(_ bytes: some Collection<UInt8>) -> Result<JournalLine, JournalError> {
    switch JSONValueParser.parse(bytes) {
    case .failure(let failure):
      let detail = "\(failure)"
      return .failure(.notJSON(detail: detail.isEmpty ? "unreadable" : detail))
    case .success(.object(let members)):
      do throws(JournalError) {
        return .success(try Frame.decode(members))
      } catch {
        return .failure(error)
      }
    case .success:
      return .failure(.notJSON(detail: "not an object"))
    }
  }
}

extension JournalLine {
  /// The frame's keys; sorted order is the order on disk.
  fileprivate enum Key: String, CodingKey {
    case at, data, prev, seq, type, tz, v
  }

  /// Writes a line's frame, with the event's data nested under `data`.
  fileprivate struct Frame: Encodable {
    var line: JournalLine

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: Key.self)
      try container.encode(line.timestamp.isoUTC, forKey: .at)
      try line.event.encodeData(to: container.superEncoder(forKey: .data))
      try container.encode(line.prev, forKey: .prev)
      try container.encode(line.seq, forKey: .seq)
      try container.encode(line.event.typeName, forKey: .type)
      try container.encode(line.timestamp.timeZoneID, forKey: .tz)
      try container.encode(JournalLine.formatVersion, forKey: .v)
    }
  }
}

extension JournalLine.Frame {
  /// Reads a line's frame from its parsed members, checking the version
  /// before anything else. The frame is read directly (it is most of a
  /// note's line), and so is the data of the commonest events
  /// (``JournalLine/directEvent(type:data:)``); other data goes through `Decodable`.
  fileprivate static func decode(_ members: [(key: String, value: JSONValue)])
    throws(JournalError) -> JournalLine
  {
    // As a JSON object is read elsewhere: the last of repeated keys counts.
    func value(_ key: JournalLine.Key) -> JSONValue? {
      members.last { $0.key == key.rawValue }?.value
    }
    func integer(_ key: JournalLine.Key) throws(JournalError) -> Int {
      guard let found = value(key) else {
        throw .badField(name: key.rawValue, detail: "is missing")
      }
      guard case .number(let text) = found, let integer = Int(text) else {
        throw .badField(name: key.rawValue, detail: "has the wrong type")
      }
      return integer
    }
    func string(_ key: JournalLine.Key) throws(JournalError) -> String {
      guard let found = value(key) else {
        throw .badField(name: key.rawValue, detail: "is missing")
      }
      guard case .string(let string) = found else {
        throw .badField(name: key.rawValue, detail: "has the wrong type")
      }
      return string
    }
    let version = try integer(.v)
    guard version == JournalLine.formatVersion else { throw .unknownVersion(version) }
    let seq = try integer(.seq)
    guard seq >= 1 else { throw .badField(name: "seq", detail: "must be 1 or more") }
    let zone = try string(.tz)
    guard !zone.isEmpty else { throw .badField(name: "tz", detail: "is empty") }
    guard let timestamp = Timestamp(isoUTC: try string(.at), timeZoneID: zone) else {
      throw .badField(name: "at", detail: "is not a UTC time like 2026-11-29T00:56:38Z")
    }
    let prev = try string(.prev)
    guard prev.utf8.count == 64, prev.utf8.allSatisfy(isLowerHex) else {
      throw .badField(name: "prev", detail: "is not 64 lowercase hex digits")
    }
    let type = try string(.type)
    guard CaseEvent.typeNames.contains(type) else { throw .unknownEventType(type) }
    guard let data = value(.data) else { throw .badField(name: "data", detail: "is missing") }
    if let event = JournalLine.directEvent(type: type, data: data) {
      return JournalLine(seq: seq, timestamp: timestamp, event: event, prev: prev)
    }
    let event: CaseEvent
    do {
      event = try CaseEvent(
        typeName: type, dataFrom: JSONValueDecoder(data, codingPath: [JournalLine.Key.data]))
    } catch {
      throw .badEventData(type: type, detail: explain(error))
    }
    return JournalLine(seq: seq, timestamp: timestamp, event: event, prev: prev)
  }

  private static func isLowerHex(_ byte: UInt8) -> Bool {
    (0x30...0x39).contains(byte) || (0x61...0x66).contains(byte)
  }

  /// A short account of a decoding error inside an event's data.
  private static func explain(_ error: any Error) -> String {
    switch error {
    case DecodingError.keyNotFound(let key, _):
      return "\"\(key.stringValue)\" is missing"
    case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context),
      DecodingError.dataCorrupted(let context):
      let path = context.codingPath.map(\.stringValue).filter { $0 != "data" }
      let place = path.isEmpty ? "" : "\"\(path.joined(separator: "."))\": "
      return place + context.debugDescription
    default:
      return "\(error)"
    }
  }
}
