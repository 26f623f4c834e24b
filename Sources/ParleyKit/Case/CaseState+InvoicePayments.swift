extension CaseState {
  /// The payments toward invoice `number` with their days, allocated as the
  /// balance is (to the invoice a payment names first, then by due date), for
  /// late-payment interest.
  public func datedPayments(toward number: String) -> [(amount: Money, on: Day)] {
    let byDue = invoices.indices.sorted {
      (invoices[$0].invoice.due, invoices[$0].seq) < (invoices[$1].invoice.due, invoices[$1].seq)
    }
    var owed = invoices.map(\.invoice.amount.minorUnits)
    var found: [(amount: Money, on: Day)] = []
    for payment in payments {
      var left = payment.amount.minorUnits
      func allocate(to index: Int) {
        let share = min(max(0, owed[index]), left)
        guard share > 0 else { return }
        owed[index] -= share
        left -= share
        if invoices[index].invoice.number == number {
          found.append((Money(minorUnits: share, currency: currency), payment.on))
        }
      }
      if let named = payment.invoice,
        let index = invoices.firstIndex(where: { $0.invoice.number == named })
      {
        allocate(to: index)
      }
      for index in byDue where left > 0 { allocate(to: index) }
    }
    return found
  }
}
