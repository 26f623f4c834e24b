/// Checks a draft's tone before it is sent: threats, anger, insults, sarcasm,
/// shaming, pestering, guilt trips, ultimatums and shouting.
///
/// Pure: no files, no printing, no clock. The rules are deterministic and
/// explain themselves; each finding names its rule, its span, why it hurts
/// the user's case, and a calmer alternative or advice.
///
///     let report = ToneChecker.check("We will take you to court.")
///     report.verdict               // .revise
///     report.findings[0].ruleID    // "NoPrematureLegalThreats"
///
/// - Complexity: Linear in the length of the text.
public enum ToneChecker {
  /// The rules, each with its working side.
  static let checkingRules: [any CheckingRule] = [
    NoThreatsOfHarm(),
    NoPrematureLegalThreats(),
    NoAnger(),
    NoInsults(),
    NoProfanity(),
    NoSarcasm(),
    NoPublicShaming(),
    NoPestering(),
    NoGuiltTripping(),
    NoUnreasonableUltimatums(),
    NoShouting(),
  ]

  /// Every rule, for listing and help.
  public static let rules: [any ToneRule] = checkingRules

  /// Checks `text`, judging it against what the case knows.
  ///
  /// - Parameters:
  ///   - text: The draft, as the user would send it.
  ///   - context: The case's stage, dates and recent contact; ``ToneContext/none`` without a case.
  /// - Returns: The findings in text order, and the verdict.
  public static func check(_ text: String, context: ToneContext = .none) -> ToneReport {
    ToneEngine.shared.check(text, context: context)
  }
}
