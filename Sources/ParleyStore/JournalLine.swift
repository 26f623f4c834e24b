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
    do {
      let frame = try JSONValueDecoder.decode(DecodedFrame.self, from: bytes)
      return .success(frame.line)
    } catch let problem as JournalError {
      return .failure(problem)
    } catch let DecodingError.dataCorrupted(context) where context.codingPath.isEmpty {
      let detail = (context.underlyingError.map { "\($0)" } ?? context.debugDescription)
      return .failure(.notJSON(detail: detail.isEmpty ? "unreadable" : detail))
    } catch DecodingError.typeMismatch(_, let context) where context.codingPath.isEmpty {
      return .failure(.notJSON(detail: "not an object"))
    } catch {
      return .failure(.notJSON(detail: "\(error)"))
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

  /// Reads a line's frame, checking the version before anything else.
  fileprivate struct DecodedFrame: Decodable {
    var line: JournalLine

    init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: Key.self)
      let version = try Self.field(Int.self, .v, in: container)
      guard version == JournalLine.formatVersion else {
        throw JournalError.unknownVersion(version)
      }
      let seq = try Self.field(Int.self, .seq, in: container)
      guard seq >= 1 else { throw JournalError.badField(name: "seq", detail: "must be 1 or more") }
      let zone = try Self.field(String.self, .tz, in: container)
      guard !zone.isEmpty else { throw JournalError.badField(name: "tz", detail: "is empty") }
      let at = try Self.field(String.self, .at, in: container)
      guard let timestamp = Timestamp(isoUTC: at, timeZoneID: zone) else {
        throw JournalError.badField(
          name: "at", detail: "is not a UTC time like 2026-11-29T00:56:38Z")
      }
      let prev = try Self.field(String.self, .prev, in: container)
      guard prev.utf8.count == 64, prev.utf8.allSatisfy(Self.isLowerHex) else {
        throw JournalError.badField(name: "prev", detail: "is not 64 lowercase hex digits")
      }
      let type = try Self.field(String.self, .type, in: container)
      guard CaseEvent.typeNames.contains(type) else { throw JournalError.unknownEventType(type) }
      guard container.contains(.data) else {
        throw JournalError.badField(name: "data", detail: "is missing")
      }
      let event: CaseEvent
      do {
        event = try CaseEvent(typeName: type, dataFrom: container.superDecoder(forKey: .data))
      } catch {
        throw JournalError.badEventData(type: type, detail: Self.explain(error))
      }
      line = JournalLine(seq: seq, timestamp: timestamp, event: event, prev: prev)
    }

    private static func isLowerHex(_ byte: UInt8) -> Bool {
      (0x30...0x39).contains(byte) || (0x61...0x66).contains(byte)
    }

    /// Decodes a required frame field, naming it when it is missing or of the wrong type.
    private static func field<T: Decodable>(
      _ type: T.Type, _ key: Key, in container: KeyedDecodingContainer<Key>
    ) throws -> T {
      guard container.contains(key) else {
        throw JournalError.badField(name: key.rawValue, detail: "is missing")
      }
      do {
        return try container.decode(type, forKey: key)
      } catch {
        throw JournalError.badField(name: key.rawValue, detail: "has the wrong type")
      }
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
}
