/// How an option treats statutory late-payment interest and compensation.
public enum LateChargeTreatment: String, Hashable, Sendable, Codable, CaseIterable {
  /// Added to the plan: the installments pay the balance plus the charges.
  case charged
  /// Left out of the plan and waived if every installment is paid on time;
  /// claimable again if the plan is broken. A lever for the negotiation.
  case waivedIfKept
}
