import ParleyKit

/// `draft KIND`: a calm letter or message written from the case's facts.
enum DraftCommand: ShellCommand {
  static let spec = CommandSpec(
    name: "draft", summary: "Write a calm reminder, reply or letter from the case's facts",
    arguments: "KIND",
    discussion: """
      Writes a draft from the case: names, invoice numbers, amounts, dates and \
      what was agreed. Kinds: \
      \(DraftKind.allCases.map(\.id).joined(separator: ", ")). At a terminal the \
      draft opens in your editor; when you say it was sent, it is logged as a \
      contact with its full text (a mediation proposal or a letter before \
      claim also as that step up the ladder), once the guard has checked it; \
      going past a warning needs your reason (--override). Off a terminal it is printed, and --sent logs \
      it at once. --short writes a text-message version. Some kinds need facts: \
      a call confirmation needs --amount and --date, a dispute reply --disputed.
      """,
    examples: [
      "draft friendly-reminder",
      "draft call-confirmation --amount £500 --date 2026-12-18",
      "draft dispute-reply --disputed £300 --about \"the second round of edits\"",
      "draft letter-before-claim --print",
      "draft plan-proposal --short --sent",
    ],
    options: [
      .caseOption,
      .flag("short", "a short message (text, WhatsApp) instead of an email"),
      .value("amount", "AMOUNT", "call confirmation: the amount agreed"),
      .value("date", "DATE", "call confirmation: the day it will be paid"),
      .value("disputed", "AMOUNT", "dispute reply: the part they dispute"),
      .value("about", "TEXT", "dispute reply: what they dispute"),
      .value("days", "N", "days to reply (at least 7)"),
      .value("mediator", "TEXT", "mediation proposal: the service to suggest"),
      .value("mediation-details", "TEXT", "mediation proposal: how it works, cost, contact"),
      .value(
        "from", "NAME", "sign with this name (default $PARLEY_NAME, else your mail's signature)"),
      .flag("print", "print the draft instead of opening the editor"),
      .flag("sent", "log it as sent now, with its full text"),
      .override, .guardReason,
      .json,
    ])

  static func run(_ arguments: ParsedArguments, in context: ShellContext) throws {
    guard let kindText = arguments.positionals.first else {
      throw ShellError.usage(
        "which draft? draft KIND; kinds: "
          + DraftKind.allCases.map(\.id).joined(separator: ", "), command: spec.name)
    }
    guard let kind = DraftKind(id: kindText) else {
      let ids = DraftKind.allCases.map(\.id)
      let byWord = ids.filter { id in
        id.split(separator: "-").contains {
          String($0).editDistance(to: kindText.lowercased()) <= 2
        }
      }
      let suggestion =
        (byWord.count == 1 ? byWord.first : ids.closest(to: kindText))
        .map { " Did you mean '\($0)'?" } ?? " Kinds: \(ids.joined(separator: ", "))."
      throw ShellError.usage(
        "'\(kindText)' is not a kind of draft.\(suggestion)", command: spec.name)
    }
    let id = try context.requireCase(arguments)
    let state = try context.book.load(id)
    let today = try context.today()
    // A profile that does not load leaves a plain letter (its problem is already a warning).
    let profile = try? context.profile(for: state)
    let facts = DraftFacts(
      state: state, today: today,
      senderName: arguments.value("from")
        ?? context.environment["PARLEY_NAME"].flatMap {
          $0.trimmed.isEmpty ? nil : $0.trimmed
        },
      extra: try extras(arguments, state: state, in: context), profile: profile)
    let variant: DraftVariant = arguments.has("short") ? .shortMessage : .email
    let draft: Draft
    do {
      draft = try DraftRenderer.render(kind, facts: facts, variant: variant)
    } catch {
      throw ShellError.invalid(error.description)
    }
    if arguments.has("json") {
      context.say(try JSONOutput.render(DraftJSON(draft)))
      return
    }
    var text = draft.fullText
    let editing = context.reader.isInteractive && !arguments.has("print") && !arguments.has("sent")
    if editing {
      text = try Editor(context: context).edit(initialText: text, acceptsUnchanged: true)
    }
    context.say(text)
    for note in draft.notes { context.warn("Note: \(note)") }
    if editing {
      // The user may have changed the words: check them before they go.
      var toneContext =
        profile.map { ToneContext(state: state, today: today, profile: $0) }
        ?? ToneContext(hasCase: true, today: today)
      if kind == .letterBeforeClaim { toneContext.mediationOffered = true }
      let report = ToneChecker.check(text, context: toneContext)
      if !report.findings.isEmpty || report.verdict != .send {
        context.say()
        CheckCommand.show(report, in: context)
      }
    }
    try offerToLog(text, draft: draft, arguments, caseID: id, in: context, asking: editing)
  }

  /// Logs the draft as an outbound contact with `--sent`, or when the user says it was sent.
  private static func offerToLog(
    _ text: String, draft: Draft, _ arguments: ParsedArguments, caseID: String,
    in context: ShellContext, asking: Bool
  ) throws {
    var sent = arguments.has("sent")
    if !sent && asking {
      let answer = try context.ask(
        Question(
          id: "sent", prompt: "Did you send it? Log it as sent", hint: "yes / no",
          defaultAnswer: "no"))
      sent = ["y", "yes"].contains(answer.trimmed.lowercased())
    }
    guard sent else {
      if asking { context.say("Not logged. Log it later with 'log' once it is sent.") }
      return
    }
    let state = try context.book.load(caseID)
    let today = try context.today()
    let overrides = try context.guardStep(
      .sendDraft(draft.kind, channel: draft.variant.channel),
      description: "draft \(draft.kind.id)", state: state, arguments: arguments)
    let event = CaseEvent.contactLogged(
      .init(
        channel: draft.variant.channel, direction: .outbound, on: today,
        summary: draft.logSummary, fullText: text))
    var events = overrides + [event]
    if let step = escalation(for: draft.kind) {
      events.append(.escalationRecorded(.init(step: step, on: today, details: draft.logSummary)))
    }
    let seqs = try context.record(events, in: caseID)
    for (seq, recorded) in zip(seqs, events).dropFirst(overrides.count) {
      context.say("Recorded entry \(seq): \(recorded.displayLine).")
    }
  }

  /// The step up the ladder that sending a draft of `kind` is.
  static func escalation(for kind: DraftKind) -> EscalationStep? {
    switch kind {
    case .mediationProposal: .mediationOffered
    case .letterBeforeClaim: .letterBeforeClaimSent
    default: nil
    }
  }

  private static func extras(
    _ arguments: ParsedArguments, state: CaseState, in context: ShellContext
  ) throws -> DraftExtras {
    var extras = DraftExtras()
    if let amount = arguments.value("amount") {
      extras.agreedAmount = try context.money(amount, for: state)
    }
    if let date = arguments.value("date") { extras.agreedDate = try context.day(date, for: state) }
    if let disputed = arguments.value("disputed") {
      extras.disputedAmount = try context.money(disputed, for: state)
    }
    extras.disputeAbout = arguments.value("about")
    if let days = arguments.value("days") {
      guard let count = Int(days) else {
        throw ShellError.invalid("--days takes a number of days, e.g. --days 14")
      }
      extras.responseDays = count
    }
    extras.mediationProvider = arguments.value("mediator")
    extras.mediationDetails = arguments.value("mediation-details")
    return extras
  }
}
