extension LetterBeforeClaimRules {
  /// The rules for a debtor of `kind` from `profile`'s `letterBeforeClaim`
  /// facts, with their source; nil when the profile has no rule for `kind`.
  ///
  /// A rule the profile gives without its reply days takes those of ``elsewhere``.
  public static func rules(
    profile: JurisdictionProfile, debtor kind: DebtorKind
  ) -> LetterBeforeClaimRules? {
    guard let facts = profile.letterBeforeClaim, let rule = facts.rule(for: kind) else {
      return nil
    }
    let fallback = elsewhere
    let path = "letterBeforeClaim.\(facts.key(for: kind))"
    let source = profile.source(of: rule.replyDays == nil ? path : "\(path).replyDays")
    var words = [rule.regime ?? "no formal pre-action rule"]
    if !source.url.isEmpty { words.append(source.url) }
    words.append("as of \(source.asOf.iso), \(source.verification.rawValue)")
    if let note = source.note { words.append(note) }
    var rules = LetterBeforeClaimRules(
      rule: rule.regime, replyDays: rule.replyDays ?? fallback.replyDays,
      enclosures: rule.enclosures ?? [],
      source: "\(profile.name) profile: " + words.joined(separator: "; "))
    rules.citation = rule.citation
    rules.minNoticeDays = rule.minNoticeDays
    rules.maxNoticeDays = rule.maxNoticeDays
    rules.entityClaimantsOnly = rule.claimants == "entity"
    let forms = profile.source(of: "\(path).enclosures").url
    rules.formsURL = forms.isEmpty ? nil : forms
    return rules
  }
}
