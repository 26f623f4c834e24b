import ParleyKit

/// `edit`: correct an earlier entry; the correction is a new entry and both stay.
enum EditCommand: ShellCommand {
  static let spec = CommandSpec(
    name: "edit", summary: "Correct an entry: a new entry supersedes it, and both stay",
    arguments: "ENTRY",
    discussion: """
      Records a correction of entry ENTRY (its number is in 'show --all'): the \
      fields given get new values, and the case reads the entry as corrected \
      from then on. The entry itself is never changed: 'show --all', 'export' \
      and 'verify' show both, the earlier marked superseded by the correction. \
      Each kind of entry takes its own fields: a payment --amount, --on, \
      --invoice; a contact --on, --summary, --channel, --in or --out; a note \
      --text; an invoice --amount, --issued, --due; a promise --amount, --on, \
      --by; a dispute --amount, --on, --invoice, --about; a step up the ladder \
      --amount, --on, --details, --to, --reference. Editing a correction \
      corrects the same entry again. Voiding a correction takes back just its \
      changes; voiding the entry cancels it with its corrections.
      """,
    examples: [
      "edit 7 --amount £600 --reason \"typed £500\"", "edit 5 --on 2026-11-20",
      "edit 3 --summary \"second reminder, by email\"",
    ],
    options: [
      .caseOption,
      .value("amount", "AMOUNT", "the amount"),
      .value("on", "DATE", "the day it happened"),
      .value("invoice", "NUMBER", "the invoice a payment pays or a dispute is about"),
      .value("summary", "TEXT", "a contact's one-line summary"),
      .value(
        "channel", "CHANNEL", "how a contact was made: email, phone, letter, meeting, message"),
      .flag("out", "a contact you made"), .flag("in", "a contact the client made"),
      .value("text", "TEXT", "a note's text"),
      .value("issued", "DATE", "the day an invoice was issued"),
      .value("due", "DATE", "the day an invoice was due"),
      .value("by", "DATE", "the day a promise is to be kept by"),
      .value("about", "TEXT", "what a dispute is about"),
      .value("details", "TEXT", "a step's details"),
      .value("to", "TEXT", "who a step went to"),
      .value("reference", "TEXT", "a step's reference"),
      .value("reason", "TEXT", "why it is corrected"),
    ], recordsEntries: true)

  /// The option that sets each field.
  static func option(for field: EntryField) -> String {
    switch field {
    case .direction: "in/--out"
    default: field.rawValue
    }
  }

  static func run(_ arguments: ParsedArguments, in context: ShellContext) throws {
    let id = try context.requireCase(arguments)
    guard arguments.positionals.count == 1, let text = arguments.positionals.first else {
      throw ShellError.usage(
        arguments.positionals.isEmpty
          ? "which entry? edit ENTRY --FIELD VALUE; 'show --all' numbers them"
          : "edit takes one entry number (got \(arguments.positionals.count) words); put "
            + "texts after their option, e.g. --summary \"...\"", command: spec.name)
    }
    guard let asked = Int(text) else {
      throw ShellError.usage(
        "'\(text)' is not an entry number; 'show --all' lists them", command: spec.name)
    }
    let state = try context.book.load(id)
    let seq = state.correctedEntry(for: asked)
    guard let entry = state.entry(seq) else {
      throw ShellError(CaseError.noSuchEntry(asked, last: state.lastSeq))
    }
    let current = state.reading(of: entry)
    let fields = EntryField.correctable(in: current)
    guard !fields.isEmpty else {
      throw ShellError.invalid("entry \(seq) is \(current.kindWords): \(instead(for: current))")
    }
    let given = EntryField.allCases.filter { field in
      field == .direction
        ? arguments.has("in") || arguments.has("out") : arguments.value(field.rawValue) != nil
    }
    let options = fields.map { "--\(option(for: $0))" }.joined(separator: ", ")
    guard !given.isEmpty else {
      throw ShellError.usage(
        "what should change? entry \(seq) is \(current.kindWords), which takes \(options)",
        command: spec.name)
    }
    if let wrong = given.first(where: { !fields.contains($0) }) {
      throw ShellError.usage(
        "entry \(seq) is \(current.kindWords), which has no --\(option(for: wrong)); it takes "
          + options, command: spec.name)
    }
    // A field given its present value is not a change.
    let changes = try self.changes(given, from: arguments, for: current, state: state, in: context)
      .differing(from: current)
    let reason = try CloseCommand.reason(arguments, prompt: "Why", in: context)
    let event = CaseEvent.entryCorrected(.init(target: seq, changes: changes, reason: reason))
    let seqs = try context.record([event], in: id)
    if asked != seq {
      context.say("Entry \(asked) corrects entry \(seq), so entry \(seq) is corrected again.")
    }
    let words = changes.fields.compactMap { field in
      changes.value(of: field).map { value in
        "\(field.rawValue) \(value.displayWords)"
          + (EntryChanges.value(of: field, in: current).map { " (was \($0.displayWords))" } ?? "")
      }
    }
    context.say(
      "Recorded entry \(seqs[0]): entry \(seq) corrected: \(words.joined(separator: ", ")).")
    let after = try context.book.load(id)
    if after.balance != state.balance {
      context.say("Still owed: \(after.balance.formatted) (was \(state.balance.formatted)).")
    }
    context.say(
      "Entry \(seq) stays in the record, superseded by entry \(seqs[0]); 'void \(seqs[0])' takes "
        + "the correction back.")
  }

  /// The new values given for `fields`, read for `state`'s case.
  private static func changes(
    _ fields: [EntryField], from arguments: ParsedArguments, for current: CaseEvent,
    state: CaseState, in context: ShellContext
  ) throws -> EntryChanges {
    var changes = EntryChanges()
    let today = try context.today()
    func value(_ field: EntryField) -> String { arguments.value(field.rawValue) ?? "" }
    func past(_ field: EntryField) throws -> Day {
      let day = try context.day(value(field), for: state, happened: true)
      guard day <= today else {
        throw ShellError.invalid(
          "\(day.inWords) is in the future; --\(field.rawValue) is a day that has passed")
      }
      return day
    }
    for field in fields {
      switch field {
      case .amount: changes.amount = try context.money(value(field), for: state)
      case .on: changes.on = try past(field)
      case .issued: changes.issued = try past(field)
      case .due:
        let issued =
          changes.issued
          ?? EntryChanges.value(of: .issued, in: current).flatMap {
            if case .day(let day) = $0 { day } else { nil }
          }
        changes.due = try context.day(value(field), for: state, yearlessFrom: issued)
      case .by: changes.by = try context.day(value(field), for: state)
      case .channel:
        let channels = ContactChannel.allCases.map(\.rawValue)
        guard let channel = ContactChannel(rawValue: value(field).trimmed.lowercased()) else {
          throw ShellError.invalid(
            "'\(value(field))' is not a channel; use one of \(channels.joined(separator: ", "))")
        }
        changes.channel = channel
      case .direction:
        guard arguments.has("in") != arguments.has("out") else {
          throw ShellError.usage("give --in or --out, not both", command: spec.name)
        }
        changes.direction = arguments.has("out") ? .outbound : .inbound
      case .invoice: changes.invoice = value(field).trimmed
      case .summary: changes.summary = value(field).trimmed
      case .text: changes.text = value(field).trimmed
      case .about: changes.about = value(field).trimmed
      case .details: changes.details = value(field).trimmed
      case .to: changes.to = value(field).trimmed
      case .reference: changes.reference = value(field).trimmed
      }
    }
    return changes
  }

  /// What to do instead for an entry that is not corrected field by field.
  private static func instead(for event: CaseEvent) -> String {
    switch event {
    case .caseOpened:
      "the client's name is changed with 'rename --client NAME'; the case's other terms stay"
    case .void: "a void is not corrected; to bring the entry back, record it again"
    case .cashFlowNoted: "answer 'cashflow' again: the latest answers count"
    case .planProposed: "plan options are not corrected; 'plan' proposes them again"
    case .planAgreed, .planRevised:
      "'plan revise' changes the agreed plan's schedule; 'plan cancel' calls it off"
    case .planCancelled: "a plan called off stays so; 'plan agree' agrees a new one"
    case .guardOverridden: "a warning overridden stays in the record as it was"
    case .caseClosed, .caseReopened: "'reopen' and 'close' record the case's state anew"
    case .clientRenamed: "'rename --client NAME' gives the client's name again"
    case .caseRenamed: "'rename NEW-ID' changes the case's id again"
    default: "it is not corrected field by field; void it with a reason and record it again"
    }
  }
}
