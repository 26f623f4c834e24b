extension DraftWriter {
  /// What mediation before a claim is and costs where the case runs, from
  /// its profile; a cautious sentence where the profile says nothing.
  var mediationCostSentence: String {
    facts.profile?.mediation?.beforeClaim
      ?? "Mediation is usually low-cost."
  }

  /// The mediator to suggest: the user's choice, else the profile's.
  var suggestedMediator: String? {
    DraftWriter.phrase(facts.extras.mediationProvider)
      ?? DraftWriter.phrase(facts.profile?.mediation?.provider)
  }

  /// For an individual or a sole trader, where free debt advice is; nil for
  /// a company or where the profile names none.
  var debtAdviceSentence: String? {
    guard facts.debtorKind.isPerson, let advice = facts.profile?.debtAdvice else { return nil }
    return "If you are finding it hard to pay, free and confidential debt advice is available "
      + "from \(advice)."
  }

  /// The statutory interest and compensation claimed, with the rate and
  /// what is added each day; nil when none is claimed.
  var lateChargesParagraph: String? {
    guard let claim = facts.extras.lateCharges, claim.total.minorUnits > 0 else { return nil }
    let rates = Set(claim.statements.map(\.rateBasisPoints))
    let rate =
      rates.count == 1
      ? rates.first.map { " at \(Self.percent($0)) a year" } ?? ""
      : " at the statutory rate for each invoice"
    var parts = [
      "As this is a business debt paid late, \(claim.law) entitles me to interest\(rate)"
        + (claim.compensation.minorUnits > 0 ? " and fixed compensation." : ".")
    ]
    var amounts = ["interest of \(claim.interest.formatted)"]
    if claim.compensation.minorUnits > 0 {
      amounts.append("compensation of \(claim.compensation.formatted)")
    }
    parts.append(
      "To \(words(facts.today)) that is \(DraftWriter.andList(amounts)), "
        + "\(claim.total.formatted) in addition to the balance.")
    if claim.daily.minorUnits > 0 {
      parts.append("Interest continues at \(claim.daily.formatted) a day until payment.")
    }
    return parts.joined(separator: " ")
  }

  /// A note when late charges could be claimed and were not asked for.
  var lateChargesNotes: [Guidance] {
    guard facts.extras.lateCharges == nil, let interest = facts.profile?.statutoryInterest,
      interest.covers(facts.debtorKind)
    else { return [] }
    let law = interest.law ?? "the late-payment law"
    return [
      "You may also claim statutory interest and fixed compensation under \(law): add "
        + "--late-charges (with --rate when parley does not know the reference rate)."
    ]
  }

  /// `11.75%` from 1175 basis points.
  static func percent(_ basisPoints: Int) -> String {
    let whole = basisPoints / 100
    let fraction = basisPoints % 100
    guard fraction != 0 else { return "\(whole)%" }
    let digits = fraction % 10 == 0 ? String(fraction / 10) : String(format2(fraction))
    return "\(whole).\(digits)%"
  }

  /// `05` from 5: two digits.
  private static func format2(_ value: Int) -> String {
    value < 10 ? "0\(value)" : String(value)
  }
}
