import ParleyKit

extension InterestCommand {
  /// Statutory interest to `today` plus fixed compensation over every unpaid
  /// invoice: the figure `plan --late-charges statutory` offers as a lever.
  ///
  /// - Throws: as ``statutoryStatements(_:referenceRate:in:)``.
  static func statutoryCharges(
    _ state: CaseState, referenceRate: Int?, in context: ShellContext
  ) throws -> Money {
    var total = Money.zero(state.currency)
    for statement in try statutoryStatements(state, referenceRate: referenceRate, in: context) {
      do {
        total = try total.adding(statement.interest)
        if let compensation = statement.compensation {
          total = try total.adding(compensation)
        }
      } catch {
        throw ShellError.invalid(error.description)
      }
    }
    return total
  }

  /// Statutory interest to `today` and fixed compensation, one statement per
  /// unpaid invoice.
  ///
  /// - Throws: ``ShellError/invalid(_:)`` naming the invoice and why, when the
  ///   case's profile has no statutory interest for it or lacks a reference rate.
  static func statutoryStatements(
    _ state: CaseState, referenceRate: Int?, in context: ShellContext
  ) throws -> [InterestStatement] {
    let profile = try context.profile(for: state)
    let today = try context.today()
    var statements: [InterestStatement] = []
    for status in state.invoices where !status.isSettled {
      do {
        statements.append(
          try LatePaymentInterest.compute(
            invoice: status.invoice, payments: state.datedPayments(toward: status.invoice.number),
            debtor: state.opened.debtorKind, profile: profile, today: today,
            referenceRateOverride: referenceRate))
      } catch .noReferenceRate(let day) {
        throw ShellError.invalid(
          "invoice \(status.invoice.number): parley has no reference rate for \(day.short); "
            + "give it with --rate PERCENT, or give the charges as an amount")
      } catch {
        throw ShellError.invalid(
          "invoice \(status.invoice.number): \(error.description); give the charges as an amount")
      }
    }
    return statements
  }
}
