import ParleyKit

/// What needs attention across the open cases, from today through a number
/// of days ahead: read once, the same way, for the welcome and for `agenda`,
/// so the two always agree.
struct CaseAgenda {
  /// One case that needs attention.
  struct Row {
    /// The case id.
    let id: String
    /// The case as it stands.
    let state: CaseState
    /// What needs attention, and the next reasonable contact day.
    let attention: CaseAttention
    /// The ladder's next step.
    let next: LadderNextStep
  }

  /// The first day looked at.
  let today: Day
  /// Days looked ahead past today.
  let daysAhead: Int
  /// The cases with something to attend to, by id.
  let rows: [Row]
  /// Open cases with a balance and nothing to attend to, by id.
  let quiet: [String]
  /// Cases that could not be read, with why.
  let damaged: [(id: String, problem: String)]

  /// The last day looked at.
  var through: Day { today.adding(days: daysAhead) }

  /// Reads every case of `context`'s workspace (those in `ids`), looking
  /// `daysAhead` days past today; closed cases are left out.
  static func read(_ ids: [String], daysAhead: Int, in context: ShellContext) throws -> CaseAgenda {
    let now = try context.now()
    let today = now.localDay
    var rows: [Row] = []
    var quiet: [String] = []
    var damaged: [(id: String, problem: String)] = []
    for (id, loaded) in context.book.loadAll(ids) {
      let state: CaseState
      let profile: JurisdictionProfile
      do {
        state = try loaded.get()
        profile = try context.profile(for: state)
      } catch {
        damaged.append((id, ShellError(error).description))
        continue
      }
      guard !state.isClosed else { continue }
      let attention = CaseAttention(
        state: state, profile: profile, today: today, daysAhead: daysAhead)
      guard !attention.items.isEmpty else {
        if state.balance.minorUnits > 0 { quiet.append(id) }
        continue
      }
      let next = ProcessLadder.state(of: state, profile: profile, now: now).next
      rows.append(Row(id: id, state: state, attention: attention, next: next))
    }
    return CaseAgenda(
      today: today, daysAhead: daysAhead, rows: rows, quiet: quiet, damaged: damaged)
  }
}
