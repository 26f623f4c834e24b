import Foundation

/// A party the evidence record names: for now the claimant, the user who is owed.
///
/// Every field is optional, and a blank one counts as not set, so a record
/// can say plainly what is missing instead of printing an empty line.
struct EvidenceParty: Hashable, Sendable {
  /// The person's name (`Alex Rivera`).
  let name: String?
  /// The business they trade as (`Rivera Design`).
  let business: String?
  /// The postal address, as given; may span lines.
  let address: String?
  /// The email address.
  let email: String?

  /// A party with the fields given; blank ones (only spaces or line breaks) are not set.
  init(
    name: String? = nil, business: String? = nil, address: String? = nil, email: String? = nil
  ) {
    self.name = Self.setOrNil(name)
    self.business = Self.setOrNil(business)
    self.address = Self.setOrNil(address)
    self.email = Self.setOrNil(email)
  }

  /// Whether nothing at all is set.
  var isEmpty: Bool { name == nil && business == nil && address == nil && email == nil }

  /// The name with the business in brackets (`Alex Rivera (Rivera Design)`), or
  /// whichever of the two is set; nil when neither is.
  var displayName: String? {
    switch (name, business) {
    case (let name?, let business?): "\(name) (\(business))"
    case (let name?, nil): name
    case (nil, let business?): business
    case (nil, nil): nil
    }
  }

  /// The address on one line, its lines joined by commas: for headers and tables.
  var addressOnOneLine: String? {
    address.map { address in
      address.split(whereSeparator: \.isNewline)
        .map { $0.trimmingCharacters(in: .whitespaces) }
        .filter { !$0.isEmpty }
        .joined(separator: ", ")
    }
  }

  private static func setOrNil(_ text: String?) -> String? {
    guard let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty
    else { return nil }
    return trimmed
  }
}
