import Foundation

/// Reads and writes JSON Lines: one JSON value per line, blank lines skipped.
public enum JSONLines {
  /// A line that is not a valid record.
  public struct LineError: Error, CustomStringConvertible, Sendable {
    /// The line number, from 1.
    public let line: Int
    /// What is wrong with it.
    public let reason: String

    public var description: String { "line \(line): \(reason)" }
  }

  /// Decodes every non-blank line of `data` as a `Record`.
  public static func decode<Record: Decodable>(
    _ type: Record.Type, from data: Data
  ) throws -> [Record] {
    let decoder = JSONDecoder()
    var records: [Record] = []
    for (number, line) in data.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated()
    where line.contains(where: { $0 != 0x20 && $0 != 0x0D && $0 != 0x09 }) {
      do {
        records.append(try decoder.decode(Record.self, from: Data(line)))
      } catch {
        throw LineError(line: number + 1, reason: "\(error)")
      }
    }
    return records
  }
}
