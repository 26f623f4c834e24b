/// Proposes 2 to 4 ranked payment plans from the balance and the cash-flow facts known.
///
/// The candidates, each built only when the facts it needs are known:
/// - ``PlanOptionKind/inFull``: one payment, when their lump sum covers it all;
/// - ``PlanOptionKind/needFirst``: what the user needs by their date (or
///   the client's lump sum, if larger), then the rest at the client's pace
///   or in equal monthly installments;
/// - ``PlanOptionKind/atTheirPace``: their lump sum, then their stated
///   capacity per week or month, from the day it starts; when that would run
///   past the maximum term, the last installment takes the rest (and the
///   option is marked as exceeding their capacity);
/// - ``PlanOptionKind/balloonWhenTheyRecover``: smaller installments until
///   their situation improves, then the rest on that day;
/// - ``PlanOptionKind/equalInstallments``: 3 and 6 monthly, and as many
///   monthly as fit before the last day the user can wait;
/// - ``PlanOptionKind/graduated``: 6 monthly, growing.
///
/// Every installment falls on a business day no sooner than
/// ``PlanPolicy/leadDays`` after today and no later than
/// ``PlanPolicy/maxTermMonths`` after today; a candidate that cannot fit is
/// dropped, never stretched. Options are ranked: when the client's capacity
/// is known, those that fit it first (a plan they cannot afford is not the
/// best, however soon it pays); then fewest hard concerns (missing the
/// user's need, exceeding the client's capacity), then fewest soft ones
/// (finishing after the user can wait), then the earliest finish, then the
/// fewest installments. Identical schedules appear once.
/// Should fewer than 2 remain, short fallbacks fill in, in this order:
/// 2 monthly, 2 fortnightly, 2 weekly, in full at the earliest day, in full
/// a business day later. So there are always at least 2 options.
public enum PlanProposer {
  /// The most options a proposal offers.
  public static let maximumOptions = 4
  /// The fewest options a proposal offers.
  public static let minimumOptions = 2

  /// Proposes ranked plans for `balance`.
  ///
  /// - Parameters:
  ///   - balance: What is owed; more than zero.
  ///   - cashFlow: What is known of both sides; any fact may be missing.
  ///   - today: The day the proposal is made.
  ///   - policy: The maximum term, holidays, lead time and any late charges.
  /// - Returns: 2 to 4 options, best first: any that fit the client's
  ///   stated capacity before any that do not.
  /// - Throws: ``PlanError`` for a balance, policy or cash-flow amount that
  ///   cannot be used (zero, negative, another currency).
  /// - Complexity: O(installments) per candidate; a handful of candidates.
  public static func propose(
    balance: Money, cashFlow: CashFlow = .unknown, today: Day, policy: PlanPolicy = PlanPolicy()
  ) throws(PlanError) -> [PlanOption] {
    let context = try ProposalContext(
      balance: balance, cashFlow: cashFlow, today: today, policy: policy)
    var ranked = rank(context.candidates().compactMap(context.option))
    if ranked.count < minimumOptions {
      // The fallbacks follow the ranked options, in their own order
      // (installments before one payment); only fitting their capacity and
      // fewer concerns move them up.
      let combined = ranked + context.fallbacks().compactMap(context.option)
      let sorted = combined.enumerated().sorted {
        let (lhs, rhs) = ($0.element.rankKey, $1.element.rankKey)
        return (lhs.beyondTheirCapacity, lhs.hardConcerns, lhs.softConcerns, $0.offset)
          < (rhs.beyondTheirCapacity, rhs.hardConcerns, rhs.softConcerns, $1.offset)
      }
      ranked = unique(sorted.map(\.element))
    }
    return Array(ranked.prefix(maximumOptions))
  }

  /// Sorts options best first and drops repeated schedules.
  static func rank(_ options: [PlanOption]) -> [PlanOption] {
    unique(options.sorted { $0.rankKey < $1.rankKey })
  }

  /// Keeps the first option of each distinct schedule, in order.
  static func unique(_ options: [PlanOption]) -> [PlanOption] {
    var seen: Set<[Installment]> = []
    return options.filter { seen.insert($0.schedule.installments).inserted }
  }
}
