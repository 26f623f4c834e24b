import ParleyKit

extension PlanOptionKind {
  /// The option's idea in a few words.
  var title: String {
    switch self {
    case .needFirst: "Your need first"
    case .atTheirPace: "At their pace"
    case .balloonWhenTheyRecover: "Smaller now, the rest when they recover"
    case .equalInstallments: "Equal installments"
    case .graduated: "Growing installments"
    case .inFull: "In full"
    case .custom: "Your own schedule"
    }
  }
}

extension PlanFrequency {
  /// `a week`, `a fortnight`, `a month`.
  var perPeriod: String {
    switch self {
    case .weekly: "a week"
    case .fortnightly: "a fortnight"
    case .monthly: "a month"
    }
  }
}

extension PaymentCapacity {
  /// `£900.00 a month`.
  var phrase: String { "\(amount.formatted) a \(per.rawValue)" }
}

extension InstallmentSchedule {
  /// The schedule in one line: `£1,600.00 on 31 Dec 2026, then 3 × £800.00 a month from
  /// 29 Jan 2027 (the last £800.01); done by 29 Mar 2027`.
  var summary: String {
    var parts: [String] = []
    if let deposit { parts.append("\(deposit.amount.formatted) on \(deposit.due.short)") }
    let regular = Array(regularInstallments)
    if regular.count == 1, let only = regular.first {
      parts.append("\(only.amount.formatted) on \(only.due.short)")
    } else if let first = regular.first, let last = regular.last {
      let sameAmount = regular.allSatisfy { $0.amount == first.amount }
      let every = frequency.map { " \($0.perPeriod)" } ?? ""
      if sameAmount {
        parts.append("\(regular.count) × \(first.amount.formatted)\(every) from \(first.due.short)")
      } else if kind == .balloon || kind == .regular,
        regular.dropLast().allSatisfy({ $0.amount == first.amount })
      {
        parts.append(
          "\(regular.count - 1) × \(first.amount.formatted)\(every) from \(first.due.short), "
            + "then \(last.amount.formatted) on \(last.due.short)")
      } else {
        parts.append(
          "\(regular.count) installments\(every) from \(first.amount.formatted) on "
            + "\(first.due.short) to \(last.amount.formatted)")
      }
    }
    var text = parts.joined(separator: ", then ") + "; done by \(finish.short)"
    if let remainder, !remainder.amount.isZero, !remainder.absorbedBy.isEmpty {
      let which = remainder.absorbedBy.map(String.init).joined(separator: ", ")
      let noun = remainder.absorbedBy.count == 1 ? "installment" : "installments"
      text +=
        " (\(noun) \(which) \(remainder.absorbedBy.count == 1 ? "takes" : "take") "
        + "the \(remainder.amount.formatted) that does not divide evenly)"
    }
    return text
  }
}

extension PlanOption {
  /// What the option means for each side where it fits, in short clauses;
  /// where it falls short is said by ``mark``.
  var verdicts: [String] {
    var clauses: [String] = []
    if let need = myNeed, need.isMet {
      clauses.append("meets your \(need.need.formatted) by \(need.by.short)")
    }
    if let capacity = theirCapacity, !capacity.isExceeded {
      clauses.append("fits their \(capacity.capacity.phrase)")
    }
    if let charges = lateCharges {
      switch charges.treatment {
      case .charged:
        clauses.append("includes \(charges.amount.formatted) late-payment charges")
      case .waivedIfKept:
        clauses.append("\(charges.amount.formatted) late-payment charges waived if it is kept")
      }
    }
    return clauses
  }

  /// `(!)` and each concern in words (`(!) ends after the last day you can
  /// wait (31 Mar 2027)`), or nil when the option fits everything known.
  var mark: String? {
    guard !concerns.isEmpty else { return nil }
    return "(!) " + concerns.map { $0.words(for: self) }.joined(separator: "; ")
  }

  /// The option in one line, without its mark.
  var line: String {
    let joined = verdicts.joined(separator: "; ")
    let verdict =
      joined.isEmpty ? "" : " " + joined.prefix(1).uppercased() + joined.dropFirst() + "."
    return "\(kind.title): \(schedule.summary).\(verdict)"
  }

  /// The option as numbered in a list, its mark (in yellow) and the words
  /// that explain it first: `2. (!) due before they said they can start
  /// paying (£500.00) — Your need first: …`.
  func numberedLine(_ number: Int, style: Style) -> String {
    guard let mark else { return "\(number). \(line)" }
    return "\(number). \(style.yellow(mark)) — \(line)"
  }
}
