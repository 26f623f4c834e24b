/// The new values a correction gives an entry's fields; a field left nil is
/// not changed.
///
/// Which fields apply depends on the entry's kind (see
/// ``EntryField/correctable(in:)``); ``applied(to:)`` refuses any other.
public struct EntryChanges: Hashable, Sendable, Codable {
  /// The new amount.
  public var amount: Money?
  /// The new day it happened.
  public var on: Day?
  /// The new invoice number it names.
  public var invoice: String?
  /// A contact's new summary.
  public var summary: String?
  /// A contact's new channel.
  public var channel: ContactChannel?
  /// A contact's new direction.
  public var direction: ContactDirection?
  /// A note's new text.
  public var text: String?
  /// An invoice's new issue day.
  public var issued: Day?
  /// An invoice's new due day.
  public var due: Day?
  /// A promise's new day.
  public var by: Day?
  /// What a dispute is about, anew.
  public var about: String?
  /// An escalation's new details.
  public var details: String?
  /// Who an escalation went to, anew.
  public var to: String?
  /// An escalation's new reference.
  public var reference: String?

  /// No changes; set the fields to change.
  public init() {}

  /// The fields this changes, in ``EntryField`` order.
  public var fields: [EntryField] {
    EntryField.allCases.filter { isSet($0) }
  }

  /// Whether it changes nothing.
  public var isEmpty: Bool { fields.isEmpty }

  /// Whether `field` is given a new value.
  public func isSet(_ field: EntryField) -> Bool { value(of: field) != nil }
}
