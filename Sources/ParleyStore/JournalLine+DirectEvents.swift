import ParleyKit

extension JournalLine {
  /// Reads the events a case holds by the thousand (notes, contacts and
  /// payments) straight from their parsed data, without `Decodable`, whose
  /// generic per-field calls were a third of reading a large case.
  ///
  /// Nil for any other type, and for data in any form but the plain one
  /// parley writes; those go through `Decodable`, so both paths accept and
  /// refuse the same lines. Like `Decodable`, the last of repeated keys
  /// counts, unknown keys are ignored, and an optional may be null or absent.
  static func directEvent(type: String, data: JSONValue) -> CaseEvent? {
    guard case .object(let members) = data else { return nil }
    let fields = DirectFields(members: members)
    switch type {
    case "note":
      guard let text = fields.string("text") else { return nil }
      return .note(CaseEvent.Note(text: text))
    case "payment.received":
      guard let amount = fields.money("amount"), let on = fields.day("on"),
        let invoice = fields.optionalString("invoice")
      else { return nil }
      return .paymentReceived(CaseEvent.PaymentReceived(amount: amount, on: on, invoice: invoice))
    case "contact.logged":
      // An imported email's headers are read by `Decodable`.
      guard fields.optionalString("mail") == .some(nil) else { return nil }
      guard let channel = fields.string("channel").flatMap(ContactChannel.init(rawValue:)),
        let direction = fields.string("direction").flatMap(ContactDirection.init(rawValue:)),
        let on = fields.day("on"), let summary = fields.string("summary"),
        let fullText = fields.optionalString("fullText")
      else { return nil }
      return .contactLogged(
        CaseEvent.ContactLogged(
          channel: channel, direction: direction, on: on, summary: summary, fullText: fullText))
    default:
      return nil
    }
  }
}

/// An event's data members, read by key as `Decodable` would.
private struct DirectFields {
  let members: [(key: String, value: JSONValue)]

  func value(_ key: String) -> JSONValue? {
    members.last { $0.key == key }?.value
  }

  func string(_ key: String) -> String? {
    guard case .string(let text) = value(key) else { return nil }
    return text
  }

  /// `.some(nil)` when absent or null, the text when a string, nil otherwise.
  func optionalString(_ key: String) -> String?? {
    switch value(key) {
    case nil, .null?: return .some(nil)
    case .string(let text)?: return .some(text)
    default: return nil
    }
  }

  func day(_ key: String) -> Day? {
    string(key).flatMap(Day.init(iso:))
  }

  func money(_ key: String) -> Money? {
    guard case .object(let members)? = value(key) else { return nil }
    let money = DirectFields(members: members)
    guard let code = money.string("currency"), let currency = Currency.named(code),
      let amount = money.string("amount")
    else { return nil }
    return Money(plainDecimal: amount, currency: currency)
  }
}
