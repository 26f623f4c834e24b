import ParleyKit

/// `interest`: statutory late-payment interest and compensation to date.
enum InterestCommand: ShellCommand {
  static let spec = CommandSpec(
    name: "interest", summary: "Work out statutory late-payment interest and compensation",
    discussion: """
      For each unpaid invoice to a business, where the case's jurisdiction has \
      statutory late-payment interest, shows the interest to date and per day, \
      the rate and how it was fixed (the reference rate on the reference day), \
      the fixed compensation, and the sources. For an individual, or a \
      jurisdiction without it, it says why not. --rate gives the reference \
      rate yourself (as a percentage), for a day parley does not know or to \
      correct it; the output says it was yours. parley is not legal advice.
      """,
    examples: ["interest", "interest --invoice INV-042", "interest --rate 4.25 --json"],
    options: [
      .caseOption,
      .value("invoice", "N", "only this invoice"),
      .value("rate", "PERCENT", "the reference rate to use instead of the profile's (e.g. 4.25)"),
      .json,
    ])

  static func run(_ arguments: ParsedArguments, in context: ShellContext) throws {
    let id = try context.requireCase(arguments)
    let state = try context.book.load(id)
    let profile = try context.profile(for: state)
    let today = try context.today()
    let rate = try arguments.value("rate").map(basisPoints)
    var invoices = state.invoices.filter { !$0.isSettled }
    if let number = arguments.value("invoice") {
      guard let match = state.invoices.first(where: { $0.invoice.number == number }) else {
        let numbers = state.invoices.map(\.invoice.number)
        throw ShellError.invalid(
          "there is no invoice '\(number)' in this case; invoices: "
            + numbers.joined(separator: ", "))
      }
      invoices = [match]
    }
    var results: [InterestResultJSON] = []
    for status in invoices {
      do {
        let statement = try LatePaymentInterest.compute(
          invoice: status.invoice, payments: state.datedPayments(toward: status.invoice.number),
          debtor: state.opened.debtorKind, profile: profile, today: today,
          referenceRateOverride: rate)
        results.append(InterestResultJSON(statement, today: today))
      } catch .noReferenceRate(let day) {
        let history = profile.statutoryInterest?.referenceRateHistory
        results.append(
          InterestResultJSON(
            invoice: status.invoice.number,
            why: "parley does not know the reference rate for \(day.short) yet, which fixes "
              + "this debt's rate; "
              + (history.map { "find the rate in force that day at \($0), then " } ?? "")
              + "give it with --rate PERCENT",
            referenceDay: day,
            compensation: LatePaymentInterest.compensation(
              on: status.invoice, debtor: state.opened.debtorKind, profile: profile),
            plusReasonableCosts: profile.fixedCompensation?.plusReasonableCosts))
      } catch {
        results.append(InterestResultJSON(invoice: status.invoice.number, why: error.description))
      }
    }
    if arguments.has("json") {
      context.say(
        try JSONOutput.render(
          InterestReportJSON(
            jurisdiction: profile.id, today: today, invoices: results,
            disclaimer: profile.legalNotice)))
      return
    }
    guard !invoices.isEmpty else {
      context.say("Nothing is unpaid, so no interest runs.")
      context.say(profile.legalNotice)
      return
    }
    for (index, result) in results.enumerated() {
      if index > 0 { context.say() }
      if let statement = result.statement {
        describe(statement, in: context)
      } else if let compensation = result.compensation {
        context.say(
          "\(result.invoice): fixed compensation \(compensation.formatted) for this invoice (it is due once per qualifying debt, usually each invoice)"
            + (result.plusReasonableCosts == true ? ", plus reasonable costs of recovery." : "."))
        context.say("  Interest: \(result.why ?? "").")
      } else {
        context.say("\(result.invoice): no statutory interest: \(result.why ?? "").")
      }
    }
    context.say()
    context.say(profile.legalNotice)
  }

  private static func describe(_ statement: InterestStatement, in context: ShellContext) {
    let rateSource =
      statement.referenceRateOverridden
      ? "the reference rate you gave, \(percentText(statement.referenceBasisPoints))"
      : "the reference rate of \(percentText(statement.referenceBasisPoints)) on "
        + statement.referenceDay.short
    context.say(
      "\(statement.invoice): \(statement.interest.formatted) interest to "
        + "\(statement.today.short) (\(statement.days) days from \(statement.startsOn.short)), "
        + "\(statement.daily.formatted) a day on \(statement.outstanding.formatted) still owed.")
    context.say(
      "  Rate: \(percentText(statement.rateBasisPoints)) a year, simple, 1/\(statement.dayBasis) "
        + "a day: \(percentText(statement.marginBasisPoints)) over \(rateSource), fixed for "
        + "this debt because interest started on \(statement.startsOn.short).")
    if let compensation = statement.compensation {
      context.say(
        "  Fixed compensation: \(compensation.formatted) for this invoice (it is due once per qualifying debt, usually each invoice)"
          + (statement.plusReasonableCosts ? ", plus reasonable costs of recovery." : "."))
    }
    for fact in statement.facts {
      let url = fact.source.url.isEmpty ? "no source given" : fact.source.url
      context.say(
        "  Source: \(fact.path) = \(fact.value) (\(url), as of \(fact.source.asOf.short), "
          + "\(fact.source.verification.rawValue))")
    }
  }

  /// A percentage typed by the user (`4.25`, `4.25%`) in basis points.
  static func basisPoints(_ text: String) throws -> Int {
    var trimmed = text.trimmed
    if trimmed.hasSuffix("%") { trimmed.removeLast() }
    let parts = trimmed.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), let whole = Int(parts[0]), whole >= 0, whole < 100,
      parts.count == 1 || (1...2).contains(parts[1].count) && parts[1].allSatisfy(\.isNumber)
    else {
      throw ShellError.invalid("--rate takes a percentage such as 4.25 (for 4.25%)")
    }
    let fraction = parts.count == 2 ? String(parts[1]).padding(toLength: 2, withPad: "0") : "00"
    return whole * 100 + (Int(fraction) ?? 0)
  }

  /// Basis points as a percentage: 1175 is `11.75%`.
  /// The rate as JSON gives it, a number without its unit: `11.75`.
  static func percentNumber(_ basisPoints: Int) -> String {
    String(percentText(basisPoints).dropLast())
  }

  static func percentText(_ basisPoints: Int) -> String {
    let part = basisPoints % 100
    if part == 0 { return "\(basisPoints / 100)%" }
    let digits = part % 10 == 0 ? "\(part / 10)" : (part < 10 ? "0\(part)" : "\(part)")
    return "\(basisPoints / 100).\(digits)%"
  }
}

extension String {
  /// The string padded on the right with `pad` to `length` characters.
  fileprivate func padding(toLength length: Int, withPad pad: Character) -> String {
    count >= length ? self : self + String(repeating: pad, count: length - count)
  }
}
