extension ToneContext {
  /// What the case tells the checker on `today`: contact cadence, the stage
  /// on the ladder, a promised payment date, plan state, the date order.
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
      mediationOffered: state.firstEscalation(.mediationOffered) != nil
        || state.firstEscalation(.mediationAgreed) != nil
        || state.firstEscalation(.mediationRefused) != nil,
      letterBeforeClaimSent: state.firstEscalation(.letterBeforeClaimSent) != nil,
      promisedPaymentDate: state.promises.map(\.value.by).filter { $0 >= today }.min(),
      planInstallmentNotYetLate: planNotYetLate)
  }
}
