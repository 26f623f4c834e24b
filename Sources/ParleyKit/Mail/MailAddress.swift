/// One mailbox from a From, To or Cc field: display name and address.
public struct MailAddress: Hashable, Sendable {
  /// The display name, decoded (`Ann Lee`, `Lee, Ann`); empty when none is given.
  public let name: String
  /// The address lowercased for matching (`ann@example.com`).
  public let address: String

  /// Creates an address; `address` is lowercased.
  public init(name: String, address: String) {
    self.name = name
    self.address = address.lowercased()
  }
}
