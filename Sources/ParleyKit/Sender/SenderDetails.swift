/// Who the user is and how their clients pay them: what every draft signs
/// with and every export names as the claimant.
///
/// Set once with `me` and kept beside the workspace's cases. Every field is
/// optional; a draft says what is missing rather than guessing.
public struct SenderDetails: Hashable, Sendable, Codable {
  /// The user's own name, as they sign letters (`Sam Patel`).
  public var name: String?
  /// The name the user trades under (`Patel Design`), if any.
  public var business: String?
  /// Whether the business is a company, corporation or partnership rather
  /// than the user trading in their own name; some courts are only for one.
  public var isCompany: Bool?
  /// The postal address, one line per element.
  public var address: [String]
  /// The email address clients write to.
  public var email: String?
  /// The phone number clients call.
  public var phone: String?
  /// Bank details for a transfer (`Sort code 12-34-56, account 12345678`).
  public var bankDetails: String?
  /// The payment reference to quote; nil means the invoice numbers.
  public var paymentReference: String?
  /// A link where the client can pay online.
  public var payLink: String?
  /// The sign-off lines under "Kind regards,", when the user wrote their own.
  public var signature: [String]

  /// Creates details; every field is optional.
  public init(
    name: String? = nil, business: String? = nil, isCompany: Bool? = nil, address: [String] = [],
    email: String? = nil, phone: String? = nil, bankDetails: String? = nil,
    paymentReference: String? = nil, payLink: String? = nil, signature: [String] = []
  ) {
    self.name = name
    self.business = business
    self.isCompany = isCompany
    self.address = address
    self.email = email
    self.phone = phone
    self.bankDetails = bankDetails
    self.paymentReference = paymentReference
    self.payLink = payLink
    self.signature = signature
  }

  /// The lines a draft signs with: the user's own signature, else their
  /// name, business, phone and email; empty when none is known.
  public var signatureLines: [String] {
    guard signature.isEmpty else { return signature }
    return [name, business, phone, email].compactMap { $0 }
  }

  /// Who the client pays: the business name, else the user's name.
  public var payee: String? { business ?? name }

  /// Whether the client is told how to pay: bank details or a pay link.
  public var hasPaymentDetails: Bool { bankDetails != nil || payLink != nil }

  /// The claimant as a court or mediator would name them: `Sam Patel
  /// (trading as Patel Design)`, or the company alone.
  public var claimantName: String? {
    guard let business else { return name }
    if isCompany == true { return business }
    guard let name else { return business }
    return "\(name) (trading as \(business))"
  }

  enum CodingKeys: String, CodingKey {
    case name, business, address, email, phone, signature
    case isCompany = "is_company"
    case bankDetails = "bank_details"
    case paymentReference = "payment_reference"
    case payLink = "pay_link"
  }

  /// Decodes details, with missing lists read as empty.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    name = try container.decodeIfPresent(String.self, forKey: .name)
    business = try container.decodeIfPresent(String.self, forKey: .business)
    isCompany = try container.decodeIfPresent(Bool.self, forKey: .isCompany)
    address = try container.decodeIfPresent([String].self, forKey: .address) ?? []
    email = try container.decodeIfPresent(String.self, forKey: .email)
    phone = try container.decodeIfPresent(String.self, forKey: .phone)
    bankDetails = try container.decodeIfPresent(String.self, forKey: .bankDetails)
    paymentReference = try container.decodeIfPresent(String.self, forKey: .paymentReference)
    payLink = try container.decodeIfPresent(String.self, forKey: .payLink)
    signature = try container.decodeIfPresent([String].self, forKey: .signature) ?? []
  }

  /// Encodes every key, with null for what is not known.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(name, forKey: .name)
    try container.encode(business, forKey: .business)
    try container.encode(isCompany, forKey: .isCompany)
    try container.encode(address, forKey: .address)
    try container.encode(email, forKey: .email)
    try container.encode(phone, forKey: .phone)
    try container.encode(bankDetails, forKey: .bankDetails)
    try container.encode(paymentReference, forKey: .paymentReference)
    try container.encode(payLink, forKey: .payLink)
    try container.encode(signature, forKey: .signature)
  }
}
