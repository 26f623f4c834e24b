extension CaseEvent {
  /// A step up the ladder: mediation offered, agreed or refused, the letter
  /// before claim sent, a claim filed, or the debt passed to solicitors or an agency.
  public struct EscalationRecorded: Hashable, Sendable, Codable {
    /// What was done.
    public var step: EscalationStep
    /// The day it was done.
    public var on: Day
    /// Details for the record (`offered CEDR mediation by email`); may be empty.
    public var details: String
    /// Who it went to (a mediation service, the court, a firm), if said.
    public var to: String?
    /// A reference (a claim number), if there is one.
    public var reference: String?
    /// The amount claimed or passed on, if said.
    public var amount: Money?

    /// Creates a record of `step` on `on`.
    public init(
      step: EscalationStep, on: Day, details: String = "", to: String? = nil,
      reference: String? = nil, amount: Money? = nil
    ) {
      self.step = step
      self.on = on
      self.details = details
      self.to = to
      self.reference = reference
      self.amount = amount
    }
  }
}
