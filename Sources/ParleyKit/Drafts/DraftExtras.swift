/// Facts for one draft that the case's journal does not hold, given by the user.
///
/// Each is optional here; a kind that needs one says so in
/// ``DraftKind/requiredExtras`` and fails with ``DraftError/missingExtra(_:field:)``.
public struct DraftExtras: Hashable, Sendable {
  /// The amount agreed on a call (call confirmation).
  public var agreedAmount: Money?
  /// The day the agreed amount will be paid (call confirmation).
  public var agreedDate: Day?
  /// The part of the balance the client disputes (dispute reply).
  public var disputedAmount: Money?
  /// What the client disputes, as a phrase: `the hours billed in October`.
  public var disputeAbout: String?
  /// Days to reply or pay, instead of the kind's default; at least 7.
  public var responseDays: Int?
  /// The mediation provider to suggest (mediation proposal).
  public var mediationProvider: String?
  /// More about the mediation: how to book, what it costs (mediation proposal).
  public var mediationDetails: String?
  /// The client's postal address, one line per element (letter before claim).
  public var recipientAddress: [String]
  /// How the debt was agreed: a written contract's date and parties, or who
  /// agreed what and when (letter before claim).
  public var agreement: String?
  /// Statutory interest and compensation to claim, worked out to today.
  public var lateCharges: LateChargeClaim?

  /// Creates extras; every fact is optional.
  public init(
    agreedAmount: Money? = nil, agreedDate: Day? = nil, disputedAmount: Money? = nil,
    disputeAbout: String? = nil, responseDays: Int? = nil, mediationProvider: String? = nil,
    mediationDetails: String? = nil, recipientAddress: [String] = [], agreement: String? = nil,
    lateCharges: LateChargeClaim? = nil
  ) {
    self.agreedAmount = agreedAmount
    self.agreedDate = agreedDate
    self.disputedAmount = disputedAmount
    self.disputeAbout = disputeAbout
    self.responseDays = responseDays
    self.mediationProvider = mediationProvider
    self.mediationDetails = mediationDetails
    self.recipientAddress = recipientAddress
    self.agreement = agreement
    self.lateCharges = lateCharges
  }
}
