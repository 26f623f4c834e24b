extension JurisdictionProfile {
  /// Every legal fact in the profile with its source, in file order.
  ///
  /// A fact with no source of its own takes its nearest parent's (see
  /// ``sources``); one with none at all gets an unverified placeholder, so
  /// it shows as stale. ``missingSources`` lists those.
  public var facts: [ProfileFact] {
    factValues.map { ProfileFact(path: $0.path, value: $0.value, source: source(of: $0.path)) }
  }

  /// The facts to check before relying on them: unverified, or true as of
  /// more than 12 months before `today`.
  public func staleFacts(today: Day) -> [ProfileFact] {
    facts.filter { $0.isStale(today: today) }
  }

  /// The fact at `path`, if the profile has it.
  public func fact(_ path: String) -> ProfileFact? {
    facts.first { $0.path == path }
  }

  /// The facts at `paths` the profile has, in that order.
  public func facts(_ paths: [String]) -> [ProfileFact] {
    paths.compactMap(fact)
  }

  /// The paths of facts with no source, their own or a parent's.
  public var missingSources: [String] {
    factValues.map(\.path).filter { resolvedSource(of: $0) == nil }
  }

  /// The source of the fact at `path`, or an unverified placeholder.
  func source(of path: String) -> FactSource {
    resolvedSource(of: path)
      ?? FactSource(url: "", asOf: reviewedOn, verification: .unverified, note: "no source given")
  }

  /// The source of `path` or of its nearest parent path.
  private func resolvedSource(of path: String) -> FactSource? {
    var candidate = path
    while true {
      if let found = sources[candidate] { return found }
      guard let dot = candidate.lastIndex(of: ".") else { return nil }
      candidate = String(candidate[..<dot])
    }
  }

  /// The amount in words, in the profile's currency.
  func words(_ amount: ProfileAmount) -> String {
    amount.money(in: currency(or: .eur)).formatted
  }

  /// Each legal fact's path and value in words.
  var factValues: [(path: String, value: String)] {
    var list: [(path: String, value: String)] = []
    func add(_ path: String, _ value: String?) {
      if let value { list.append((path, value)) }
    }
    if let holidays = bankHolidays {
      add("bankHolidays", holidays.map(\.iso).joined(separator: ", "))
    }
    for (key, rule) in letterBeforeClaim?.rulesByKey ?? [] {
      guard let rule else { continue }
      let path = "letterBeforeClaim.\(key)"
      add("\(path).regime", rule.regime ?? "no formal rule")
      add("\(path).replyDays", rule.replyDays.map { "\($0) days" })
      add("\(path).enclosures", rule.enclosures.map { $0.joined(separator: ", ") })
      add("\(path).citation", rule.citation)
      add("\(path).minNoticeDays", rule.minNoticeDays.map { "\($0) days before filing" })
      add("\(path).maxNoticeDays", rule.maxNoticeDays.map { "\($0) days before filing" })
      add(
        "\(path).claimants",
        rule.claimants.map { $0 == "entity" ? "companies, partnerships and associations" : $0 })
    }
    if let small = smallClaims {
      add("smallClaims.limit", words(small.limit))
      add("smallClaims.entityLimit", small.entityLimit.map(words))
      add("smallClaims.route", small.route)
      add("smallClaims.entityRoute", small.entityRoute)
    }
    if let fees = courtIssueFees {
      add("courtIssueFees", fees.map(feeWords).joined(separator: "; "))
    }
    if let mediation {
      add("mediation.summary", mediation.summary)
      add("mediation.free", mediation.free.map { $0 ? "yes" : "no" })
      add("mediation.required", mediation.required.map { $0 ? "yes" : "no" })
      add("mediation.beforeClaim", mediation.beforeClaim)
      add("mediation.provider", mediation.provider)
    }
    add(
      "limitationYears",
      limitationYears.map {
        prescription == true
          ? "\($0) years (prescription: the debt is extinguished; the period restarts on an "
            + "acknowledgement or a part payment)"
          : "\($0) years"
      })
    add("limitationYearsOral", limitationYearsOral.map { "\($0) years" })
    if let interest = statutoryInterest {
      add("statutoryInterest.law", interest.law)
      add("statutoryInterest.appliesTo", "\(interest.appliesTo.rawValue) debtors")
      add("statutoryInterest.marginBasisPoints", percent(interest.marginBasisPoints))
      add("statutoryInterest.simple", interest.simple ? "simple" : "compound")
      add("statutoryInterest.dayBasis", "1/\(interest.dayBasis) a day")
      add("statutoryInterest.referenceDates", interest.referenceDates.joined(separator: ", "))
      add("statutoryInterest.fixedPerDebt", interest.fixedPerDebt ? "yes" : "no")
      if let history = interest.referenceRateHistory {
        add("statutoryInterest.referenceRateHistory", history)
      }
      for rate in interest.referenceRates {
        add("statutoryInterest.referenceRates.\(rate.on.iso)", percent(rate.basisPoints))
      }
    }
    add("contractInterest", contractInterest)
    add("debtAdvice", debtAdvice)
    add("consumerCollectionLaw", consumerCollectionLaw)
    add("freelanceProtection", freelanceProtection)
    if let compensation = fixedCompensation {
      add(
        "fixedCompensation.bands",
        compensation.bands.map { band in
          (band.below.map { "below \(words($0))" } ?? "above") + ": \(words(band.amount))"
        }.joined(separator: "; "))
      add(
        "fixedCompensation.perInvoice",
        compensation.perInvoice ? "once per qualifying debt (usually each invoice)" : "no")
      add(
        "fixedCompensation.plusReasonableCosts", compensation.plusReasonableCosts ? "yes" : "no")
    }
    if let terms = paymentTerms {
      add("paymentTerms.defaultDays", "\(terms.defaultDays) days")
      add("paymentTerms.publicBodyMaxDays", terms.publicBodyMaxDays.map { "\($0) days" })
      add("paymentTerms.businessMaxDays", terms.businessMaxDays.map { "\($0) days" })
    }
    let rules = contactRules
    add("contactRules.minDaysBetweenContacts", "\(rules.minDaysBetweenContacts) days")
    add("contactRules.maxContactsPer30Days", "\(rules.maxContactsPer30Days)")
    add(
      "contactRules.cooldownAfterConversationDays", "\(rules.cooldownAfterConversationDays) days")
    add("contactRules.quietHours", rules.quietHours?.words)
    add("contactRules.noThirdParties", rules.noThirdParties ? "yes" : "no")
    add(
      "contactRules.noContactOnHolidays",
      rules.noContactOnHolidays.map { $0 ? "no contact on public holidays" : "no" })
    return list
  }

  /// A fee band in words: `up to £300.00: £35.00`.
  private func feeWords(_ band: CourtFeeBand) -> String {
    let range = band.upTo.map { "up to \(words($0))" } ?? "above"
    let fee = band.fee.map(words) ?? band.percentBasisPoints.map(percent) ?? "?"
    return "\(range): \(fee)"
  }
}

/// Basis points as a percentage: 1175 is `11.75%`, 800 is `8%`.
func percent(_ basisPoints: Int) -> String {
  let whole = basisPoints / 100
  let part = abs(basisPoints % 100)
  if part == 0 { return "\(whole)%" }
  return "\(whole).\(part < 10 ? "0" : "")\(part % 10 == 0 ? part / 10 : part)%"
}
