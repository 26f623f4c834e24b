import ParleyKit

extension MailDate {
  /// When it was sent, as the sender's clock showed it: `15 Oct 2026 12:30 +02:00`.
  var sentWords: String {
    let form = rfc3339
    let day = Day(iso: String(form.prefix(10)))?.short ?? String(form.prefix(10))
    let time = form.dropFirst(11).prefix(5)
    let zone = offsetSeconds == nil ? "(zone unknown)" : String(form.suffix(6))
    return "\(day) \(time) \(zone)"
  }
}

extension MailMatch {
  /// Why the message went to its case, in a few words.
  var words: String {
    switch self {
    case .thread(let id): "same thread as <\(id)>"
    case .address(let address): "\(address)"
    case .domain(let domain): "from @\(domain)"
    case .invoice(let number): "names invoice \(number)"
    case .assigned: "put here with --case"
    }
  }
}

extension MailImportOutcome {
  /// Why a message was left out, in a few words.
  var leftOutWords: String {
    switch self {
    case .unmatched: "matches no case"
    case .ambiguous(let ids, let match):
      "matches \(ids.joined(separator: " and ")) (\(match.words))"
    case .closedCase(let id, _): "belongs to \(id), which is closed"
    case .duplicate: "already recorded"
    case .voidedEarlier(let id): "imported into \(id) before and voided there"
    case .refused(let problem): problem.message
    case .record(let id, _, _): "recorded in \(id)"
    }
  }
}

extension ReplyAnalysis {
  /// The reading in one line: `a promise to pay (85% sure): £500 by 18 Dec 2026`.
  var briefWords: String {
    var line = kind.words + " (\(Int((confidence * 100).rounded()))% sure)"
    if let promise, promise.isSpecific {
      let isPaid = saysItWasPaid
      line += isPaid ? ": says it paid" : ":"
      if let amount = promise.amount { line += " \(amount.formatted)" }
      if let date = promise.date { line += " \(isPaid ? "on" : "by") \(date.short)" }
    }
    if let topic = disputeTopic { line += ", about \(topic.words)" }
    return line + (needsConfirmation ? "; only a guess, so check it" : "")
  }
}
