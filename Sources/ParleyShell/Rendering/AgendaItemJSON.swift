import ParleyKit

/// One thing to attend to in `agenda --json`: its kind, the facts it rests
/// on (null when the kind has none), and the words the welcome uses.
struct AgendaItemJSON: Encodable {
  /// `overdue`, `installments_missed`, `installment_due`, `promise_broken`,
  /// `promise_due` or `reply_waiting`.
  let kind: String
  /// The amount: overdue, missed, due, or promised (null for the balance).
  var amount: Money?
  /// The day: an installment's or a promise's, or the client's message's.
  var day: Day?
  /// Days overdue, or installments missed.
  var count: Int?
  /// The item in words.
  let text: String

  init(_ item: CaseAttention.Item) {
    text = Welcome.words(item)
    switch item {
    case .overdue(let balance, let days):
      kind = "overdue"
      amount = balance
      count = days
    case .missedInstallments(let missed, let owed):
      kind = "installments_missed"
      amount = owed
      count = missed
    case .installmentDue(let owed, let on):
      kind = "installment_due"
      amount = owed
      day = on
    case .promiseBroken(let by):
      kind = "promise_broken"
      day = by
    case .promiseDue(let promised, let by):
      kind = "promise_due"
      amount = promised
      day = by
    case .replyWaiting(let since):
      kind = "reply_waiting"
      day = since
    }
  }
}
