extension DraftWriter {
  /// The part of the balance the recorded dispute covers: its amount, or the
  /// whole balance when it named none; nil without a dispute.
  var disputedAmount: Money? {
    guard let dispute = facts.dispute else { return nil }
    let units = min(
      dispute.amount?.minorUnits ?? facts.balance.minorUnits, facts.balance.minorUnits)
    return Money(minorUnits: units, currency: facts.currency)
  }

  /// What is owed and not in dispute.
  var undisputed: Money {
    Money(
      minorUnits: facts.balance.minorUnits - (disputedAmount?.minorUnits ?? 0),
      currency: facts.currency)
  }

  /// Refuses a draft that asks for money when all of it is in dispute.
  ///
  /// - Throws: ``DraftError/wholeBalanceDisputed(_:)``.
  func checkAgainstDispute(for kind: DraftKind) throws(DraftError) {
    guard disputedAmount != nil, undisputed.minorUnits <= 0 else { return }
    throw .wholeBalanceDisputed(kind)
  }

  /// The dispute as the draft names it: `£600.00 on invoice NW-9 (the rate charged)`.
  func disputedPart(_ dispute: CaseEvent.DisputeNoted) -> String {
    let amount = disputedAmount?.formatted ?? balance
    let invoice = dispute.invoice.map { " on invoice \($0)" } ?? ""
    let about = DraftWriter.phrase(dispute.about).map { " (\($0))" } ?? ""
    return amount + invoice + about
  }

  /// The invoices in dispute: the one the dispute names, else every unpaid one.
  var disputedInvoices: String {
    guard let invoice = facts.dispute?.invoice else { return invoiceNamesToClient }
    return "invoice \(invoice)" + toClient
  }

  /// That the dispute is noted and what the draft asks for instead; nil without one.
  var disputeSentence: String? {
    guard let dispute = facts.dispute else { return nil }
    return "I have noted that you dispute \(disputedPart(dispute)); this is about the "
      + "\(undisputed.formatted) that is not in dispute."
  }

  /// The sum asked for: the balance, or the part not in dispute.
  var amountAsked: String {
    facts.dispute == nil ? balance : "\(undisputed.formatted), the part not in dispute,"
  }

  /// `the balance of £1,200.00`, or `the £900.00 not in dispute`.
  var theAmountAsked: String {
    facts.dispute == nil
      ? "the balance of \(balance)" : "the \(undisputed.formatted) not in dispute"
  }
}
