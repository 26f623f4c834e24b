import Foundation
import ParleyKit

/// An event's data fields, read generically from its journal encoding.
///
/// The evidence record reads the day, amount, channel and direction of every
/// event this way, so a kind of event added after this file was written (an
/// escalation, a warning overridden) still shows its day, amount and reasons.
struct EventFields: Sendable {
  /// The top-level fields of the event's `data`.
  let fields: [String: JSONValue]

  /// Reads `event`'s data as the journal writes it; no fields when it cannot be encoded.
  init(_ event: CaseEvent) {
    let data = try? JSONEncoder().encode(EncodedData(event: event))
    let value = data.flatMap { try? JSONDecoder().decode(JSONValue.self, from: $0) }
    if case .object(let fields) = value {
      self.fields = fields
    } else {
      self.fields = [:]
    }
  }

  /// The field names, sorted.
  var keys: [String] { fields.keys.sorted() }

  /// The text of field `key`, when it is a string.
  func string(_ key: String) -> String? {
    if case .string(let text) = fields[key] { return text }
    return nil
  }

  /// The day in field `key`, when it is an ISO date.
  func day(_ key: String) -> Day? { string(key).flatMap(Day.init(iso:)) }

  /// The amount in field `key`, when it is `{"amount": "…", "currency": "…"}`.
  func money(_ key: String) -> Money? {
    guard case .object(let parts) = fields[key], parts.count == 2,
      case .string(let amount) = parts["amount"], case .string(let code) = parts["currency"],
      let currency = Currency.named(code)
    else { return nil }
    return Money(plainDecimal: amount, currency: currency)
  }

  /// Field `key` as text: strings as they are, amounts formatted, a list of
  /// strings joined by commas, anything else nested as compact JSON with
  /// sorted keys; nil when absent or null.
  func text(_ key: String) -> String? {
    if let money = money(key) { return money.formatted }
    switch fields[key] {
    case nil, .null: return nil
    case .array(let items) where items.allSatisfy({ if case .string = $0 { true } else { false } }):
      return items.compactMap { if case .string(let text) = $0 { text } else { nil } }
        .joined(separator: ", ")
    case .bool(let value): return value ? "yes" : "no"
    case .integer(let value): return String(value)
    case .number(let value): return String(value)
    case .string(let value): return value
    case .some(let value):
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
      return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) }
    }
  }

  /// An event's data alone, encoded the way the journal writes it.
  private struct EncodedData: Encodable {
    let event: CaseEvent

    func encode(to encoder: any Encoder) throws { try event.encodeData(to: encoder) }
  }
}
