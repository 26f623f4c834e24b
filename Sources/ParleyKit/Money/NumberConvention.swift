/// Which marks group an amount's digits and set off its decimals in running text.
///
/// The marks follow the language of the text, not the currency: an Irish
/// letter in English writes `€1,200.50`, a German one `1.200,50 €`, for the
/// same euros. Group sizes are the currency's either way (lakh grouping for
/// INR, `₹1,00,000.00`), and every currency parley knows is written with
/// Latin digits.
///
/// parley writes English only: a profile's `locale` picks British or American
/// English (see ``DraftLocale``), never another language, so every amount it
/// shows (in `show`, drafts, plans, exports, evidence) uses ``english``,
/// which ``Money/formatted`` and ``Money/formattedWithCode`` give. Threading
/// a convention through every place an amount is shown would change nothing
/// while all text is English; ``Money/formatted(in:)`` with
/// ``init(locale:)`` is the one place to start should parley write another
/// language. ``MoneyParser`` reads both conventions whatever this is, so an
/// amount typed `€1.200,50` is still read as written.
public enum NumberConvention: Hashable, Sendable, CaseIterable {
  /// `,` between groups of digits and `.` before the decimals, for every
  /// currency: `€1,200.50`, `SEK 1,200.50`, `£1,200.50`.
  case english
  /// The currency's own marks, ``Currency/groupingSeparator`` and
  /// ``Currency/decimalSeparator``: `€1.200,50`, `SEK 1 200,50`, `£1,200.50`.
  case currencyOwn

  /// The convention of text written in `locale`, a BCP 47 tag such as
  /// `en-IE`: ``english`` for English (`en`, `en-*`, any case) and when no
  /// locale is given, as parley writes English; ``currencyOwn`` for any other
  /// language (`de-DE`, `fr`).
  public init(locale: String?) {
    guard let locale else {
      self = .english
      return
    }
    let language = locale.split(whereSeparator: { $0 == "-" || $0 == "_" }).first ?? ""
    self = language.lowercased() == "en" ? .english : .currencyOwn
  }

  /// The mark between groups of digits when writing `currency`.
  public func groupingSeparator(for currency: Currency) -> Character {
    self == .english ? "," : currency.groupingSeparator
  }

  /// The mark before the minor digits when writing `currency`.
  public func decimalSeparator(for currency: Currency) -> Character {
    self == .english ? "." : currency.decimalSeparator
  }
}
