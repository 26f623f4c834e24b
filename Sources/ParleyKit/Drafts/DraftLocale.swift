/// How a draft is spelt and dated: British or American letter forms.
///
/// Taken from the case's jurisdiction profile (its `locale`), so a New York
/// letter says "installment" and "Monday, December 14, 2026" and a London
/// one "instalment" and "Monday 14 December 2026".
public enum DraftLocale: String, Hashable, Sendable {
  /// British forms, also used in Australia, Canada and elsewhere.
  case british
  /// American forms.
  case american

  /// The locale for a profile's `locale` code (`en-US` is American, any
  /// other British).
  public init(code: String?) {
    self = code?.lowercased() == "en-us" ? .american : .british
  }

  /// `instalment` or `installment`.
  public var installmentWord: String { self == .american ? "installment" : "instalment" }

  /// `Monday 14 December 2026` or `Monday, December 14, 2026`.
  public func words(_ day: Day) -> String {
    switch self {
    case .british: day.inWords
    case .american: "\(day.weekday.name), \(day.monthName) \(day.day), \(day.year)"
    }
  }

  /// `14 Dec 2026` or `Dec 14, 2026`.
  public func short(_ day: Day) -> String {
    switch self {
    case .british: day.short
    case .american: "\(day.monthName.prefix(3)) \(day.day), \(day.year)"
    }
  }

  /// `text` in American usage: a comma after the year of a full date
  /// inside a sentence, and "agree on" a plan rather than "agree" it.
  func americanised(_ text: String) -> String {
    guard self == .american else { return text }
    var result = text.replacing(" agree a ", with: " agree on a ")
      .replacing(" agree the ", with: " agree on the ")
    let months = Day.monthNames.joined(separator: "|")
    if let pattern = try? Regex("(\\b(?:\(months)) \\d{1,2}, \\d{4}) (?=[a-z])") {
      result = result.replacing(pattern) { match in "\(match.output[1].substring ?? ""), " }
    }
    return result
  }
}
