import ParleyKit

/// What an import did (or would do), ready to show: the plan, the reading
/// of each inbound message, and the entries written.
struct MailImportReport {
  /// How an inbound message reads, as `reply` would read it.
  struct Reading {
    let number: Int
    let caseID: String
    let analysis: ReplyAnalysis
  }

  /// A promise found in the mail, offered for the record.
  struct PromiseOffer {
    let promise: ReplyPromise
    /// The day of the email that made it.
    let on: Day
  }

  let plan: MailImportPlan
  /// The readings of inbound messages, by message number.
  let readings: [Int: Reading]
  /// The entry numbers written, by case; empty in a dry run.
  let recorded: [String: [Int]]
  let isDryRun: Bool
  /// The paths imported from, as typed, for the command that assigns the unmatched.
  let paths: [String]

  /// The reading of message `number`, when it is inbound and placed.
  func reading(of number: Int) -> Reading? { readings[number] }

  /// Per case, the latest inbound message that promises to pay by a day.
  var latestPromises: [(caseID: String, offer: PromiseOffer)] {
    plan.recordsByCase.compactMap { caseID, decisions in
      for decision in decisions.reversed() {
        guard let reading = reading(of: decision.number), !reading.analysis.saysItWasPaid,
          let promise = reading.analysis.promise, promise.date != nil,
          case .record(_, _, let contact) = decision.outcome
        else { continue }
        return (caseID, PromiseOffer(promise: promise, on: contact.on))
      }
      return nil
    }
  }
}
