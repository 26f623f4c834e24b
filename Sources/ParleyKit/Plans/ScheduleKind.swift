/// The shape of an installment schedule.
public enum ScheduleKind: String, Hashable, Sendable, Codable, CaseIterable {
  /// Equal installments; leftover minor units go to one (see ``ScheduleRemainder``).
  case equal
  /// Smaller installments first, growing, in proportion to weights.
  case graduated
  /// Regular installments and a larger last one.
  case balloon
  /// A fixed regular amount; the last installment is whatever is left.
  case regular
  /// Dates and amounts given by hand.
  case custom
}
