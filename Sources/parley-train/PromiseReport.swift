import Foundation
import ParleyKit

/// How well replies' kinds and promises' amounts and days are read from
/// labelled replies, with every promise miss listed: the development loop for
/// the reply details.
enum PromiseReport {
  /// The figures and misses for `replies`, as lines to print.
  static func lines(for replies: [CorpusReply]) -> [String] {
    var amounts = (right: 0, total: 0)
    var dates = (right: 0, total: 0)
    var kinds = 0
    var misses: [String] = []
    for reply in replies {
      let locale = CorpusLocale(reply.locale)
      let today = reply.today.flatMap { Day(iso: $0) }
      let analysis = ReplyClassifier.classify(
        reply.text, today: today ?? Day(year: 2026, month: 12, day: 1) ?? .unixEpoch,
        currency: locale.currency, dateOrder: locale.order)
      if analysis.kind.rawValue == reply.kind { kinds += 1 }
      guard reply.kind == ReplyKind.promiseToPay.rawValue else { continue }
      var wrong: [String] = []
      if let amount = reply.amount {
        amounts.total += 1
        let read = analysis.promise?.amount
        if read == CorpusLocale.money(amount) {
          amounts.right += 1
        } else {
          wrong.append("amount \(amount) read \(read.map { "\($0)" } ?? "none")")
        }
      }
      if let date = reply.date {
        dates.total += 1
        let read = analysis.promise?.date?.iso
        if read == date {
          dates.right += 1
        } else {
          wrong.append("date \(date) read \(read ?? "none")")
        }
      }
      if !wrong.isEmpty {
        let text = reply.text.replacingOccurrences(of: "\n", with: " ⏎ ")
        misses.append(
          "\(reply.id) (read as \(analysis.kind.rawValue)): \(wrong.joined(separator: "; "))\n"
            + "    \(text.prefix(240))")
      }
    }
    return [
      "kind \(kinds)/\(replies.count), promise amounts \(amounts.right)/\(amounts.total), "
        + "dates \(dates.right)/\(dates.total)"
    ] + misses
  }
}
