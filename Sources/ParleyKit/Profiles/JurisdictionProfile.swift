/// The rules a case runs under in one jurisdiction, read from a profile file,
/// each legal fact with its source, as-of date and verification.
///
/// Settings (``currency``, ``dateOrder``, ``ladder``) are parley's choices
/// for the place; legal facts are optional, nil where parley's research has
/// nothing (never invented). ``facts`` lists the legal facts with their
/// sources; ``staleFacts(today:)`` the ones to check.
public struct JurisdictionProfile: Hashable, Sendable, Codable {
  /// The profile id (`gb-ewl`).
  public var id: String
  /// The name people use (`England & Wales`).
  public var name: String
  /// The ISO code of the usual currency; amounts in the profile are in it.
  public var currency: String
  /// How people there write numeric dates.
  public var dateOrder: DateOrder
  /// The language of its letters (`en-GB`, `en-US`): spelling and date forms.
  public var locale: String?
  /// The formal letter's name where it is not "Letter before claim"
  /// (`Final demand for payment`, `Letter of demand`).
  public var letterTitle: String?
  /// The day the profile was last reviewed as a whole.
  public var reviewedOn: Day
  /// "Not legal advice", in the words the shell prints beside any rule.
  public var disclaimer: String
  /// The ladder's stages in order.
  public var ladder: [LadderStage]
  /// Bank holidays parley knows (for business-day counts); nil when unknown.
  public var bankHolidays: [Day]?
  /// The letter before claim, per kind of debtor.
  public var letterBeforeClaim: LetterBeforeClaimFacts?
  /// The small-claims track.
  public var smallClaims: SmallClaimsFacts?
  /// Court issue fees by claim value, lowest band first.
  public var courtIssueFees: [CourtFeeBand]?
  /// Mediation.
  public var mediation: MediationFacts?
  /// Years after which a simple-contract debt can no longer be claimed.
  public var limitationYears: Int?
  /// Years for a contract not in writing, where shorter (California's two).
  public var limitationYearsOral: Int?
  /// Whether those years are prescription (Scotland): the debt itself is
  /// extinguished, and the period restarts on an acknowledgement or a part
  /// payment. Nil or false: a limitation period, which bars a claim.
  public var prescription: Bool?
  /// Statutory late-payment interest.
  public var statutoryInterest: StatutoryInterestFacts?
  /// Interest the law adds to a contract that sets no rate (California Civil
  /// Code §3289), in words a letter can use.
  public var contractInterest: String?
  /// Where an individual finds free, confidential debt advice, as a letter names it.
  public var debtAdvice: String?
  /// The law on collecting consumer debts and whom it binds, in a sentence
  /// for the user (the FDCPA, the Rosenthal Act).
  public var consumerCollectionLaw: String?
  /// Protections for freelancers paid late, in a sentence a letter can use
  /// (California's Freelance Worker Protection Act).
  public var freelanceProtection: String?
  /// Fixed compensation for late payment.
  public var fixedCompensation: CompensationFacts?
  /// Implied and capped payment terms.
  public var paymentTerms: PaymentTermsFacts?
  /// Contact frequency and hours.
  public var contactRules: ContactRules
  /// The source of each fact, by fact path; a path's source also covers the
  /// facts under it (`statutoryInterest` covers `statutoryInterest.dayBasis`)
  /// unless they have their own.
  public var sources: [String: FactSource]

  /// Creates a profile.
  public init(
    id: String, name: String, currency: String, dateOrder: DateOrder, locale: String? = nil,
    reviewedOn: Day,
    disclaimer: String, ladder: [LadderStage] = LadderStage.allCases, bankHolidays: [Day]? = nil,
    letterBeforeClaim: LetterBeforeClaimFacts? = nil, smallClaims: SmallClaimsFacts? = nil,
    courtIssueFees: [CourtFeeBand]? = nil, mediation: MediationFacts? = nil,
    limitationYears: Int? = nil, limitationYearsOral: Int? = nil, prescription: Bool? = nil,
    statutoryInterest: StatutoryInterestFacts? = nil, contractInterest: String? = nil,
    debtAdvice: String? = nil, consumerCollectionLaw: String? = nil,
    freelanceProtection: String? = nil,
    fixedCompensation: CompensationFacts? = nil, paymentTerms: PaymentTermsFacts? = nil,
    contactRules: ContactRules, sources: [String: FactSource]
  ) {
    self.id = id
    self.name = name
    self.currency = currency
    self.dateOrder = dateOrder
    self.locale = locale
    self.reviewedOn = reviewedOn
    self.disclaimer = disclaimer
    self.ladder = ladder
    self.bankHolidays = bankHolidays
    self.letterBeforeClaim = letterBeforeClaim
    self.smallClaims = smallClaims
    self.courtIssueFees = courtIssueFees
    self.mediation = mediation
    self.limitationYears = limitationYears
    self.limitationYearsOral = limitationYearsOral
    self.prescription = prescription
    self.statutoryInterest = statutoryInterest
    self.contractInterest = contractInterest
    self.debtAdvice = debtAdvice
    self.consumerCollectionLaw = consumerCollectionLaw
    self.freelanceProtection = freelanceProtection
    self.fixedCompensation = fixedCompensation
    self.paymentTerms = paymentTerms
    self.contactRules = contactRules
    self.sources = sources
  }

  /// The profile's currency; the case's currency when the code is unknown.
  public func currency(or fallback: Currency) -> Currency {
    Currency.named(currency) ?? fallback
  }

  /// The jurisdiction as a case needs it: id, name, currency, date order.
  public var jurisdiction: Jurisdiction {
    Jurisdiction(
      id: id, name: name, currency: Currency.named(currency) ?? .eur, dateOrder: dateOrder)
  }
}
