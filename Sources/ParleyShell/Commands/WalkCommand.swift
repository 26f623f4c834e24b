import Foundation
import ParleyKit

/// `walk`: the whole conversation about a case, in order, resumable.
enum WalkCommand: ShellCommand {
  static let spec = CommandSpec(
    name: "walk", summary: "Talk it through from the start: facts, history, both sides, next step",
    discussion: """
      Walks through a case in order: the facts (a new case if none is open), \
      what has happened so far (earlier reminders and calls, with their days), \
      your cash flow, the client's situation and whether you want to keep the \
      client, then the recommended next step, plan options and the draft for \
      it. Each answer is recorded as it is given, so you can stop at any \
      question (Ctrl-C) and run 'walk' again later: it picks up where the case \
      stands. In the cash-flow questions 'back' revises an answer and '?' \
      leaves one unknown. --sample walks through a made-up case in a \
      throwaway workspace, to see how it goes; nothing of it is kept.
      """,
    examples: ["walk", "walk --case acme", "walk --sample"],
    options: [.caseOption, .flag("sample", "try it on a made-up case; nothing is kept")])

  static func run(_ arguments: ParsedArguments, in context: ShellContext) throws {
    guard context.reader.isInteractive else {
      throw ShellError.usage(
        "walk is a conversation at a terminal; in a script use 'new', 'log', 'cashflow' and "
          + "'next'", command: spec.name)
    }
    if arguments.has("sample") {
      try walkSample(in: context)
      return
    }
    let style = context.style
    context.say(style.bold("1. The facts"))
    if arguments.value("case") == nil && context.currentCase == nil {
      try Shell.execute(["new"], in: context)
      // 'new' opens the case it saved.
      guard context.currentCase != nil else { return }
    }
    let id = try context.requireCase(arguments)
    context.currentCase = id
    var state = try context.book.load(id)
    let today = try context.today()
    context.say(
      "\(state.opened.client) owes \(state.balance.formatted), "
        + "\(state.daysOverdue(today: today)) days overdue.")

    let order = context.jurisdiction(for: state)?.dateOrder ?? .dayFirst
    var walk = CaseWalk(state: state, today: today, dateOrder: order)
    var shown: CaseWalk.Stage?
    var question = walk.currentQuestion
    while walk.stage != .done {
      if shown != walk.stage {
        shown = walk.stage
        try introduce(walk.stage, of: state, in: context)
      }
      let answer: String
      do {
        answer = try context.ask(question)
      } catch let stop as ShellError where stop.isCancellation {
        throw stop.saying(
          "walk paused; the answers so far are recorded, and 'walk' picks up at this question")
      }
      let step = walk.answer(answer)
      switch step {
      case .ask(let next, let events, let notice):
        if let notice { context.say(notice) }
        try record(events, walk: &walk, in: id, context: context)
        question = next
      case .retry(let message, let again):
        context.warn(message.display)
        question = again
      case .finished(let events, let notice):
        if let notice { context.say(notice) }
        try record(events, walk: &walk, in: id, context: context)
      }
    }
    if shown == nil {
      context.say("Every question is answered ('cashflow' changes an answer):")
      try Shell.execute(["cashflow", "--show"], in: context)
    }

    context.say(style.bold("6. What to do next"))
    try Shell.execute(["next"], in: context)
    state = try context.book.load(id)
    if state.activePlan == nil, state.balance.minorUnits > 0 {
      try Shell.execute(["plan"], in: context)
    }
    context.say("Before you call them, 'prep' gives you one screen to read; during it, 'call'.")
  }

  /// Prints the heading of `stage`, and for the contacts what is recorded so far.
  private static func introduce(
    _ stage: CaseWalk.Stage, of state: CaseState, in context: ShellContext
  ) throws {
    switch stage {
    case .history:
      context.say(context.style.bold("2. What has happened so far"))
      guard !state.contacts.isEmpty else {
        context.say("No contact recorded yet.")
        return
      }
      for contact in state.contacts.suffix(5).map(\.contact) {
        context.say("  \(contact.on.short): \(contact.channel.rawValue), \(contact.summary)")
      }
    case .cashFlow:
      context.say(context.style.bold("3–5. Your cash flow, their situation, the relationship"))
      if !state.cashFlow.knownFields.union(state.unknownCashFlow).isEmpty {
        context.say("Picking up where the last walk stopped.")
      }
    case .done:
      break
    }
  }

  /// Records the events of one answer, each as it is given.
  private static func record(
    _ events: [CaseEvent], walk: inout CaseWalk, in id: String, context: ShellContext
  ) throws {
    guard !events.isEmpty else { return }
    let entries = try context.record(events, in: id)
    walk.recorded(entries)
    for (entry, event) in zip(entries, events) {
      if case .cashFlowNoted = event {
        context.say("  Noted (entry \(entry)).")
      } else {
        context.say("  Recorded entry \(entry): \(event.displayLine).")
      }
    }
  }

  /// Walks a made-up case in a workspace of its own, removed afterwards.
  private static func walkSample(in context: ShellContext) throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("parley-sample-\(UUID().uuidString)", isDirectory: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    var environment = context.environment
    environment["PARLEY_HOME"] = folder.path
    let sample = ShellContext(
      output: context.output, reader: context.reader, environment: environment,
      book: try CaseBook(environment: environment), style: context.style, isOneShot: true)
    let today = try context.today()
    context.say(
      "A sample case in a throwaway workspace: Sample Studio Ltd owes you £1,800 for invoice "
        + "S-1, due a month ago. Answer as if it were yours; nothing is kept.")
    try Shell.execute(
      [
        "new", "--client", "Sample Studio Ltd", "--invoice", "S-1", "--amount", "£1,800",
        "--issued", today.adding(days: -60).iso, "--due", today.adding(days: -30).iso,
      ], in: sample)
    sample.currentCase = "sample-studio-ltd"
    try Shell.execute(["walk"], in: sample)
    context.say(
      "That was the sample; it has been thrown away. Type 'walk' or 'new' to start your own case.")
  }
}
