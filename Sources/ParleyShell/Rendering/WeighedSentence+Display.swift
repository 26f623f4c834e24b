import ParleyKit

extension WeighedSentence {
  /// The probability as a whole percentage: `93%`.
  var percentText: String { Self.percent(probability) }

  /// A probability as a whole percentage, never 0% or 100% for what is only likely.
  static func percent(_ probability: Float) -> String {
    let whole = Int((probability * 100).rounded())
    return "\(min(max(whole, probability > 0 ? 1 : 0), probability < 1 ? 99 : 100))%"
  }
}
