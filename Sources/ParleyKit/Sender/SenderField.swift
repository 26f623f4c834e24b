/// One fact `me` asks for, in the order it asks.
///
/// The raw value is the option that sets it (`--bank-details`) and the
/// question's id.
public enum SenderField: String, CaseIterable, Hashable, Sendable {
  /// The user's own name.
  case name
  /// The name the user trades under.
  case business
  /// Whether the business is a company or partnership.
  case company
  /// The postal address.
  case address
  /// The email address.
  case email
  /// The phone number.
  case phone
  /// Bank details for a transfer.
  case bankDetails = "bank-details"
  /// The payment reference to quote.
  case reference
  /// A link to pay online.
  case payLink = "pay-link"
  /// The sign-off lines.
  case signature

  /// The field's name in a list of details: `Bank details`.
  public var label: String {
    switch self {
    case .name: "Name"
    case .business: "Business"
    case .company: "Company or partnership"
    case .address: "Address"
    case .email: "Email"
    case .phone: "Phone"
    case .bankDetails: "Bank details"
    case .reference: "Payment reference"
    case .payLink: "Pay link"
    case .signature: "Signature block"
    }
  }

  /// The question as the user sees it.
  public var prompt: String {
    switch self {
    case .name: "Your name, as you sign letters"
    case .business: "Your business name"
    case .company: "Is the business a company or partnership (Ltd, LLC, Inc)?"
    case .address: "Your postal address"
    case .email: "Your email address"
    case .phone: "Your phone number"
    case .bankDetails: "Bank details for payment"
    case .reference: "The payment reference to quote"
    case .payLink: "A link to pay online"
    case .signature: "Your signature block (the lines under 'Kind regards,')"
    }
  }

  /// An example or the choices, shown beside the prompt.
  public var hint: String {
    switch self {
    case .name: "e.g. Sam Patel"
    case .business: "if you trade under one, e.g. Patel Design"
    case .company: "yes / no; no if you trade in your own name"
    case .address: "one line, commas between its lines"
    case .email: "e.g. sam@pateldesign.test"
    case .phone: "e.g. 07700 900123"
    case .bankDetails: "e.g. Sort code 12-34-56, account 12345678"
    case .reference: "Enter alone: the invoice numbers"
    case .payLink: "e.g. https://pay.example.test/sam"
    case .signature:
      "e.g. Sam Patel | Director, Patel Design; Enter alone: name, business, phone, email"
    }
  }

  /// The field's value in `details`, as it would be typed; nil when not set.
  public func text(in details: SenderDetails) -> String? {
    switch self {
    case .name: details.name
    case .business: details.business
    case .company: details.isCompany.map { $0 ? "yes" : "no" }
    case .address: details.address.isEmpty ? nil : details.address.joined(separator: ", ")
    case .email: details.email
    case .phone: details.phone
    case .bankDetails: details.bankDetails
    case .reference: details.paymentReference
    case .payLink: details.payLink
    case .signature: details.signature.isEmpty ? nil : details.signature.joined(separator: " | ")
    }
  }

  /// Sets the field in `details` from `text`; an empty text clears it.
  ///
  /// - Throws: ``SenderFieldError`` when `text` cannot be this field.
  public func set(_ text: String, in details: inout SenderDetails) throws(SenderFieldError) {
    let tidy = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    let value: String? = tidy.isEmpty ? nil : tidy
    if let value,
      value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
    {
      throw SenderFieldError(field: self, problem: "contains control characters")
    }
    switch self {
    case .name: details.name = value
    case .business: details.business = value
    case .company:
      guard let value else {
        details.isCompany = nil
        return
      }
      switch value.lowercased() {
      case "y", "yes", "company", "partnership", "true": details.isCompany = true
      case "n", "no", "false", "sole trader", "self-employed": details.isCompany = false
      default: throw SenderFieldError(field: self, problem: "answer yes or no")
      }
    case .address: details.address = Self.lines(value, separator: ",")
    case .email:
      if let value {
        let parts = value.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !value.contains(" ")
        else { throw SenderFieldError(field: self, problem: "'\(value)' is not an email address") }
      }
      details.email = value
    case .phone:
      if let value {
        guard value.filter(\.isNumber).count >= 5,
          value.allSatisfy({ $0.isNumber || " +-()./".contains($0) || $0 == "x" })
        else { throw SenderFieldError(field: self, problem: "'\(value)' is not a phone number") }
      }
      details.phone = value
    case .bankDetails: details.bankDetails = value
    case .reference: details.paymentReference = value
    case .payLink:
      if let value {
        let lower = value.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://"), !value.contains(" ")
        else {
          throw SenderFieldError(
            field: self, problem: "'\(value)' is not a web link; it starts with https://")
        }
      }
      details.payLink = value
    case .signature: details.signature = Self.lines(value, separator: "|")
    }
  }

  /// `value` split at `separator` into trimmed, non-empty lines.
  private static func lines(_ value: String?, separator: Character) -> [String] {
    guard let value else { return [] }
    return value.split(separator: separator).map { String($0).trimmed }.filter { !$0.isEmpty }
  }
}
