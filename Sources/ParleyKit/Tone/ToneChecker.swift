/// Checks a draft's tone before it is sent: threats, anger, insults, sarcasm,
/// shaming, pestering, guilt trips, ultimatums and shouting.
///
/// Pure: no files, no printing, no clock. A trained model (``ToneModel``)
/// decides; the rules explain: each finding names its policy, its span, why it
/// hurts the user's case, and a calmer alternative or advice.
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

  /// Compiles the rules now, if not yet done, so a caller can do it on another
  /// thread while the model decodes; ``check(_:context:model:)`` does it otherwise.
  public static func prepareRules() {
    _ = ToneEngine.shared
  }

  /// Checks `text`, judging it against what the case knows.
  ///
  /// The trained model decides whether a sentence is trouble; the rules name
  /// the words, say why, and offer a calmer phrasing. A rule finding the model
  /// does not support is only a note, except findings from the case's facts.
  /// (Unconditional "firm stops" were measured: on the training drafts they
  /// also stopped 25 of 1,223 calm drafts, so every rule needs the model's support.)
  ///
  /// - Parameters:
  ///   - text: The draft, as the user would send it.
  ///   - context: The case's stage, dates and recent contact; ``ToneContext/none`` without a case.
  ///   - model: The trained model; nil checks with the rules alone.
  /// - Returns: The findings in text order, the model's reading, and the verdict.
  public static func check(
    _ text: String, context: ToneContext = .none, model: ToneModel? = ToneModel.builtIn
  ) -> ToneReport {
    ToneEngine.shared.check(text, context: context, model: model)
  }
}
