import ParleyKit

extension EvidenceParty {
  /// The claimant as the user described themselves with `me`.
  init(sender: SenderDetails) {
    self.init(
      name: sender.name, business: sender.business,
      address: sender.address.isEmpty ? nil : sender.address.joined(separator: "\n"),
      email: sender.email)
  }
}
