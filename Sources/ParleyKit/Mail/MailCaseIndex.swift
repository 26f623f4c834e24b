import Foundation

/// What one case offers for matching imported mail: the client's addresses
/// and domains, its invoice numbers, and the messages it already holds.
struct MailCaseIndex {
  let caseID: String
  let isClosed: Bool
  private(set) var addresses: Set<String> = []
  private(set) var domains: Set<String> = []
  let invoiceNumbers: [String]
  private(set) var messageIDs: Set<String> = []
  private(set) var fingerprints: Set<MailFingerprint> = []
  /// Messages imported here and then voided: still in the journal, so not
  /// imported again unless the user picks them.
  private(set) var voidedFingerprints: Set<MailFingerprint> = []
  private let ownAddresses: Set<String>

  /// The index of case `caseID` as it stands in `state`.
  init(caseID: String, state: CaseState, ownAddresses: Set<String>) {
    self.caseID = caseID
    self.isClosed = state.isClosed
    self.ownAddresses = ownAddresses
    self.invoiceNumbers = state.invoices.map(\.invoice.number)
    for address in Self.addresses(in: state.opened.contact ?? "") { learn(address) }
    for logged in state.contacts {
      guard let mail = logged.contact.mail else { continue }
      took(
        mail, body: logged.contact.fullText ?? "", isOutbound: logged.contact.direction == .outbound
      )
    }
    for voided in state.voided {
      guard case .contactLogged(let contact) = voided.target.event, let mail = contact.mail else {
        continue
      }
      voidedFingerprints.insert(MailFingerprint(mail, body: contact.fullText ?? ""))
    }
  }

  /// Notes a message recorded in the case: its ids and its other party's addresses.
  mutating func took(_ mail: ImportedMail, body: String, isOutbound: Bool) {
    if let id = mail.messageID { messageIDs.insert(id) }
    fingerprints.insert(MailFingerprint(mail, body: body))
    let others = isOutbound ? mail.to + mail.cc : [mail.from]
    for address in others.flatMap(MailAddressList.parse) { learn(address) }
  }

  private mutating func learn(_ address: MailAddress) {
    guard !ownAddresses.contains(address.address) else { return }
    addresses.insert(address.address)
    if let domain = address.domain, !PublicMailDomains.contains(domain),
      !ownAddresses.contains(where: { $0.hasSuffix("@" + domain) })
    {
      domains.insert(domain)
    }
  }

  /// The email addresses in a free-text contact (`Kim, kim@weber.example, 0161 555 0100`).
  static func addresses(in contact: String) -> [MailAddress] {
    contact.split(whereSeparator: { " ,;<>()[]\t\n\"'".contains($0) }).compactMap { token in
      let word = token.trimmingCharacters(in: CharacterSet(charactersIn: ".:"))
      let parts = word.split(separator: "@", omittingEmptySubsequences: false)
      guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
        !parts[1].hasPrefix("."), !parts[1].hasSuffix(".")
      else { return nil }
      return MailAddress(name: "", address: String(word))
    }
  }
}
