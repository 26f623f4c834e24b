extension Jurisdiction {
  /// The jurisdiction a profile describes (a built-in one or the user's own),
  /// or nil when its currency is not one parley knows.
  public init?(profile: JurisdictionProfile) {
    guard let currency = Currency.named(profile.currency) else { return nil }
    self.init(
      id: profile.id, name: profile.name, currency: currency, dateOrder: profile.dateOrder)
  }
}
