extension MailAddress {
  /// The address as a mailer writes it: `Kim Weber <kim@weber.example>`, or
  /// the bare address when there is no name.
  public var written: String {
    name.isEmpty ? address : "\(name) <\(address)>"
  }

  /// The part after the `@`, or nil when there is none.
  public var domain: String? {
    guard let at = address.lastIndex(of: "@") else { return nil }
    let domain = address[address.index(after: at)...]
    return domain.isEmpty ? nil : String(domain)
  }
}
