import ParleyKit

/// The labelled tone corpus: drafts written for these tests, in many voices
/// and lengths, about half calm and half flagged.
///
/// The drafts were written before the rules were tuned, so the metrics say how
/// the checker does on text it was not shaped around.
enum ToneCorpus {
  /// Tuesday 1 December 2026, the "today" of drafts that know the date.
  static let today = Day(year: 2026, month: 12, day: 1)

  /// A case that has not reached mediation yet.
  static let earlyCase = ToneContext(
    today: today, daysSinceLastOutboundContact: 10, outboundContactsLast7Days: 0,
    outboundContactsLast30Days: 2)

  /// A case where mediation was offered and turned down or ignored.
  static let mediationCase = ToneContext(
    today: today, daysSinceLastOutboundContact: 15, outboundContactsLast7Days: 0,
    outboundContactsLast30Days: 2, mediationOffered: true)

  /// A case where the letter before claim has gone out.
  static let letterSentCase = ToneContext(
    today: today, daysSinceLastOutboundContact: 20, outboundContactsLast7Days: 0,
    outboundContactsLast30Days: 1, mediationOffered: true, letterBeforeClaimSent: true)

  /// No case, but the date is known (for deadlines).
  static let datedOnly = ToneContext(hasCase: false, today: today)

  /// Every draft.
  static var all: [CorpusDraft] {
    calmReminders + calmNotices + calmTricky + flaggedThreatsAndLegal + flaggedHostility
      + flaggedPassiveAggression + flaggedPressure + flaggedFromContext
  }
}
