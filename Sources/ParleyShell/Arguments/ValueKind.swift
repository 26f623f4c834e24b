import ParleyKit

/// What an option's value or a positional argument is: declared once with the
/// command, and read by `help`, Tab in the shell, the completion scripts and
/// the manual page alike.
public enum ValueKind: Hashable, Sendable {
  /// Any text: nothing to offer.
  case text
  /// One of a known set of words.
  case choices([String])
  /// A file's path.
  case file
  /// A folder's path.
  case folder
  /// A case id in the workspace, asked for when Tab is pressed.
  case caseID
  /// A day, as `2027-01-15`, `15 Jan` or `next friday`.
  case day
  /// An amount of money, as `£1,200.50` or `450`.
  case amount
  /// A command's name or a help topic (for `help`).
  case helpTopic
  /// A jurisdiction profile's id (parley's own, listed when asked for: reading
  /// them costs a little, and a command's description is read at every start).
  case jurisdictionID

  /// The kind an option's placeholder implies when none is declared:
  /// `DATE` is a day, `AMOUNT` an amount, `FILE` a file, `FOLDER` a folder,
  /// `CASE` a case id; anything else is text.
  static func implied(by placeholder: String) -> ValueKind {
    switch placeholder {
    case "DATE": .day
    case "AMOUNT": .amount
    case "FILE": .file
    case "FOLDER": .folder
    case "CASE": .caseID
    default: .text
    }
  }

  /// Whether Tab has something to offer for it (a set, paths, case ids).
  var offersCandidates: Bool {
    switch self {
    case .choices, .file, .folder, .caseID, .helpTopic, .jurisdictionID: true
    case .text, .day, .amount: false
    }
  }

  /// A short description for completion menus and the manual: `file`, `a day`.
  var noun: String {
    switch self {
    case .text: "text"
    case .choices: "one of the listed words"
    case .file: "file"
    case .folder: "folder"
    case .caseID: "case"
    case .day: "day (2027-01-15, 15 Jan, next friday)"
    case .amount: "amount (450, £1,200.50)"
    case .helpTopic: "command or help topic"
    case .jurisdictionID: "jurisdiction"
    }
  }

  /// The words a value of this kind may be when they are a fixed set, known
  /// without the workspace or the disk; nil for case ids, paths and text.
  var fixedWords: [String]? {
    switch self {
    case .choices(let words): words
    case .jurisdictionID: Jurisdiction.builtIn.map(\.id)
    case .helpTopic: CommandTable.all.map(\.spec.name) + HelpText.topicNames
    case .text, .file, .folder, .caseID, .day, .amount: nil
    }
  }
}
