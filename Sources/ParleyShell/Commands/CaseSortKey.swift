import ParleyKit

/// What `cases --sort` orders the cases by.
enum CaseSortKey: String, CaseIterable {
  /// Days overdue, most first (the default).
  case overdue
  /// What is still owed, most first.
  case balance
  /// The client's name, A to Z, ignoring case and accents.
  case client
  /// The last contact, longest ago first; cases never contacted first of all.
  case lastContact = "last-contact"
  /// The next reasonable contact day, soonest first; cases with nothing to chase last.
  case nextContact = "next-contact"

  /// One case as listed, with what it is sorted by.
  struct Listed {
    let id: String
    let state: CaseState
    let nextContact: Day?
  }

  /// Whether `left` comes before `right`, ties by case id.
  func precedes(_ left: Listed, _ right: Listed, today: Day) -> Bool {
    switch self {
    case .overdue:
      let (a, b) = (left.state.daysOverdue(today: today), right.state.daysOverdue(today: today))
      return a != b ? a > b : left.id < right.id
    case .balance:
      let (a, b) = (left.state.balance.minorUnits, right.state.balance.minorUnits)
      return a != b ? a > b : left.id < right.id
    case .client:
      let (a, b) = (
        TextFolding.fold(left.state.opened.client), TextFolding.fold(right.state.opened.client)
      )
      return a != b ? a < b : left.id < right.id
    case .lastContact:
      let (a, b) = (left.state.lastContact?.contact.on, right.state.lastContact?.contact.on)
      return a != b ? Self.earlierFirst(a, b, missingFirst: true) : left.id < right.id
    case .nextContact:
      let (a, b) = (left.nextContact, right.nextContact)
      return a != b ? Self.earlierFirst(a, b, missingFirst: false) : left.id < right.id
    }
  }

  /// The earlier day first, a missing one first or last.
  private static func earlierFirst(_ a: Day?, _ b: Day?, missingFirst: Bool) -> Bool {
    switch (a, b) {
    case (let a?, let b?): a < b
    case (nil, _): missingFirst
    case (_, nil): !missingFirst
    }
  }

  /// The keys as `--sort` takes them, for help and errors.
  static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
