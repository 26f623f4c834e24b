extension CaseState {
  /// The payments toward invoice `number` with their days, as the fold
  /// allocated them (to the invoice a payment names first, then by due date),
  /// for late-payment interest.
  public func datedPayments(toward number: String) -> [(amount: Money, on: Day)] {
    let shares = invoices.first { $0.invoice.number == number }?.shares ?? []
    return shares.map { ($0.amount, $0.on) }
  }
}
