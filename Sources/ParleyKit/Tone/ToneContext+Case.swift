extension ToneContext {
  /// What the case tells the checker on `today`: contact cadence, plan state,
  /// the jurisdiction's date order.
  public init(state: CaseState, today: Day) {
    let outbound = state.contacts.filter { $0.contact.direction == .outbound }.map(\.contact.on)
    let ages = outbound.map { today.days(since: $0) }.filter { $0 >= 0 }
    var planNotYetLate = false
    if let progress = state.planProgress(today: today) {
      planNotYetLate = progress.nextStep == .none && !progress.isComplete
    }
    self.init(
      hasCase: true, today: today,
      dateOrder: Jurisdiction.withID(state.opened.jurisdiction)?.dateOrder ?? .dayFirst,
      daysSinceLastOutboundContact: ages.min(),
      outboundContactsLast7Days: ages.filter { $0 < 7 }.count,
      outboundContactsLast30Days: ages.filter { $0 < 30 }.count,
      planInstallmentNotYetLate: planNotYetLate)
  }
}
