import Testing

@testable import ParleyKit

/// A client's reply, written for the corpus, with the reading a person would give it.
///
/// Every reply is read on ``LabelledReply/today``, Tuesday 1 December 2026.
struct LabelledReply: Sendable, CustomTestStringConvertible {
  /// The day every corpus reply is read on: Tuesday 1 December 2026.
  static let today = Day(validYear: 2026, month: 12, day: 1)

  /// Where the client writes from: their currency and how they write dates.
  enum Locale: Sendable {
    /// Pounds, day first.
    case uk
    /// Dollars, month first.
    case us
    /// Euros, day first.
    case euro

    /// The currency an amount with no symbol is in.
    var currency: Currency {
      switch self {
      case .uk: .gbp
      case .us: .usd
      case .euro: .eur
      }
    }

    /// Which number comes first in a numeric date.
    var order: DateOrder { self == .us ? .monthFirst : .dayFirst }
  }

  /// The reply, as pasted.
  let text: String
  /// What the reply is.
  let kind: ReplyKind
  /// For a promise: the amount promised as written (`£1,200`), or nil if none is stated.
  let amount: String?
  /// For a promise: the ISO day promised, or nil if none is stated.
  let date: String?
  /// For a dispute: what it is about.
  let topic: DisputeTopic?
  /// The client's currency and date order.
  let locale: Locale

  /// A reply of `kind`, with no promise or dispute details.
  static func reply(_ kind: ReplyKind, _ text: String, _ locale: Locale = .uk) -> LabelledReply {
    LabelledReply(text: text, kind: kind, amount: nil, date: nil, topic: nil, locale: locale)
  }

  /// A promise to pay `amount` on `date` (either may be nil when not stated).
  static func promise(
    _ text: String, amount: String?, date: String?, _ locale: Locale = .uk
  ) -> LabelledReply {
    LabelledReply(
      text: text, kind: .promiseToPay, amount: amount, date: date, topic: nil, locale: locale)
  }

  /// A dispute about `topic`.
  static func dispute(
    _ text: String, about topic: DisputeTopic, _ locale: Locale = .uk
  ) -> LabelledReply {
    LabelledReply(text: text, kind: .dispute, amount: nil, date: nil, topic: topic, locale: locale)
  }

  /// The expected amount as money, or nil when none is expected or it cannot be read.
  var expectedAmount: Money? {
    guard let amount else { return nil }
    return try? MoneyParser.parse(amount, defaultCurrency: locale.currency)
  }

  /// Classifies the reply as the shell would.
  func classify() -> ReplyAnalysis {
    ReplyClassifier.classify(
      text, today: Self.today, currency: locale.currency, dateOrder: locale.order)
  }

  var testDescription: String {
    let firstLine = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
    return "\(kind.rawValue): \(firstLine.prefix(60))"
  }
}
