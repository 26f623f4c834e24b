import ParleyKit

/// `draft KIND`: a calm letter or message written from the case's facts.
enum DraftCommand: ShellCommand {
  static let spec = CommandSpec(
    name: "draft", summary: "Write a calm reminder, reply or letter from the case's facts",
    arguments: "KIND", positionals: [.choices(DraftKind.allCases.map(\.id))],
    discussion: """
      Writes a draft from the case: names, invoice numbers, amounts, dates and \
      what was agreed. Kinds: \
      \(DraftKind.allCases.map(\.id).joined(separator: ", ")). At a terminal the \
      draft opens in your editor; when you say it was sent, it is logged as a \
      contact with its full text (a mediation proposal or a letter before \
      claim also as that step up the ladder), once the guard has checked it; \
      going past a warning needs your reason (--override). Off a terminal it is printed, and --sent logs \
      it at once. --short writes a text-message version. Some kinds need facts: \
      a call confirmation needs --amount and --date; a dispute reply takes the \
      recorded dispute, or --disputed. Drafts sign with your details and say \
      how to pay (see 'me'). Deadlines fall on business days. --eml writes a \
      message file your mail program opens as a draft, --mailto prints a link \
      that does the same, --html a printable letter with its enclosures, and \
      --ics a calendar reminder for the reply-by day.
      """,
    examples: [
      "draft friendly-reminder",
      "draft call-confirmation --amount £500 --date 2026-12-18",
      "draft dispute-reply --disputed £300 --about \"the second round of edits\"",
      "draft letter-before-claim --to-address \"1 Market St, Leeds LS1 4AB\" --html letter.html",
      "draft final-reminder --late-charges --eml reminder.eml",
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
      .value("to-address", "ADDRESS", "letter before claim: the client's postal address"),
      .value("agreement", "TEXT", "letter before claim: how the debt was agreed, and when"),
      .flag("late-charges", "add statutory interest and compensation, worked out to today"),
      .value("rate", "PERCENT", "with --late-charges: the reference rate, when parley lacks it"),
      .value("from", "NAME", "sign with this name instead of the one in 'me'"),
      .value("eml", "FILE", "also write the draft as a message file to open in your mail program"),
      .flag("mailto", "also print a mailto: link that opens the draft in your mail program"),
      .value("html", "FILE", "also write the draft as a printable HTML letter"),
      .value("ics", "FILE", "also write a calendar reminder for the reply-by day"),
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
    let extras = try extras(arguments, state: state, in: context)
    var sender = try context.sender(arguments) ?? SenderDetails()
    if let name = arguments.value("from") ?? context.environment["PARLEY_NAME"],
      !name.trimmed.isEmpty
    {
      sender.name = name.trimmed
    }
    let facts = DraftFacts(
      state: state, today: today, sender: sender, extra: extras, profile: profile)
    let variant: DraftVariant = arguments.has("short") ? .shortMessage : .email
    let draft: Draft
    do {
      draft = try DraftRenderer.render(kind, facts: facts, variant: variant)
    } catch {
      throw ShellError.invalid(error.message.display)
    }
    try writeCopies(draft, arguments, caseID: id, in: context)
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
    for note in draft.notes { context.warn("Note: \(note.display)") }
    if editing {
      // The user may have changed the words: check them before they go.
      var toneContext =
        profile.map { ToneContext(state: state, today: today, profile: $0) }
        ?? ToneContext(hasCase: true, today: today)
      if kind == .letterBeforeClaim { toneContext.mediationOffered = true }
      // The enclosed pages (a statement of account) are figures, not words to weigh.
      let enclosed = "\n\n" + draft.attachments.map(\.text).joined(separator: "\n\n")
      let words =
        !draft.attachments.isEmpty && text.hasSuffix(enclosed)
        ? String(text.dropLast(enclosed.count)) : text
      let report = ToneChecker.check(words, context: toneContext)
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

  /// Writes the copies asked for: a message file, a printable letter, a
  /// calendar reminder; prints the mailto: link.
  private static func writeCopies(
    _ draft: Draft, _ arguments: ParsedArguments, caseID: String, in context: ShellContext
  ) throws {
    let wantsEmailForm =
      ["eml", "html"].contains { arguments.value($0) != nil }
      || arguments.has("mailto")
    if wantsEmailForm && draft.variant != .email {
      throw ShellError.usage(
        "--eml, --mailto and --html write an email or letter; leave out --short",
        command: spec.name)
    }
    if let path = arguments.value("eml") {
      try PrivateFile.write(DraftEML.render(draft, now: try context.now()), to: path)
      context.warn("Wrote \(path): open it in your mail program to review and send.")
    }
    if let path = arguments.value("html") {
      try PrivateFile.write(DraftHTML.render(draft), to: path)
      context.warn("Wrote \(path): open it in a browser to print the letter.")
    }
    if let path = arguments.value("ics") {
      guard let day = draft.replyBy else {
        throw ShellError.invalid(
          "a \(draft.kind.title.lowercased()) sets no reply-by day, so there is nothing to "
            + "put in a calendar; leave out --ics")
      }
      let event = ICSEvent(
        uid: ICSWriter.stableUID(namespace: caseID, key: "reply-by#\(draft.kind.id)#\(day.iso)"),
        day: day, summary: "Reply due: \(draft.subject ?? draft.kind.title)",
        description: "The \(draft.kind.title.lowercased()) asked for a reply or payment by today. "
          + "Check whether it came, and record it in parley.",
        sequence: 0, alarms: [ICSAlarm(description: "Reply due tomorrow")])
      let calendar = ICSCalendar(events: [event], stamp: try context.now(), name: "parley")
      try PrivateFile.write(try ICSWriter.render(calendar), to: path)
      context.warn("Wrote \(path): import it into your calendar.")
    }
    if arguments.has("mailto") { context.say(DraftMailto.link(draft)) }
  }

  private static func extras(
    _ arguments: ParsedArguments, state: CaseState, in context: ShellContext
  ) throws -> DraftExtras {
    var extras = DraftExtras()
    if let address = arguments.value("to-address") {
      extras.recipientAddress = address.split(separator: ",").map { String($0).trimmed }
        .filter { !$0.isEmpty }
    }
    extras.agreement = arguments.value("agreement")
    if arguments.has("late-charges") {
      extras.lateCharges = try lateCharges(arguments, state: state, in: context)
    } else if arguments.value("rate") != nil {
      throw ShellError.usage("--rate goes with --late-charges", command: spec.name)
    }
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

  /// Statutory interest and compensation for `--late-charges`.
  ///
  /// - Throws: ``ShellError/invalid(_:)`` saying why, when the case's law
  ///   gives none to this client or the reference rate is missing: never
  ///   left out silently.
  private static func lateCharges(
    _ arguments: ParsedArguments, state: CaseState, in context: ShellContext
  ) throws -> LateChargeClaim {
    let profile = try context.profile(for: state)
    guard let interest = profile.statutoryInterest, interest.covers(state.opened.debtorKind)
    else {
      throw ShellError.invalid(
        "--late-charges: \(profile.name) has no statutory late-payment interest for "
          + "\(state.opened.debtorKind.words) in parley's profile; leave it out, or agree any "
          + "charges with the client")
    }
    let rate = try arguments.value("rate").map(InterestCommand.basisPoints)
    let statements = try InterestCommand.statutoryStatements(
      state, referenceRate: rate, in: context)
    return LateChargeClaim(
      statements: statements, law: interest.law ?? "the late-payment law",
      currency: state.currency)
  }
}
