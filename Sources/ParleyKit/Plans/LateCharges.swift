/// Late-payment interest and compensation, and how a plan treats them.
///
/// parley does not compute the amount here; the caller passes it in.
public struct LateCharges: Hashable, Sendable, Codable {
  /// The interest and compensation owed so far.
  public var amount: Money
  /// Charged in the plan, or waived if the plan is kept.
  public var treatment: LateChargeTreatment

  /// Creates late charges of `amount`, treated as `treatment`.
  public init(amount: Money, treatment: LateChargeTreatment) {
    self.amount = amount
    self.treatment = treatment
  }

  /// The part the plan's installments must pay: the amount when charged, else zero.
  public var scheduled: Money {
    treatment == .charged ? amount : .zero(amount.currency)
  }
}
