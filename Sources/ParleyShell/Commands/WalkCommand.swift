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

    context.say(style.bold("2. What has happened so far"))
    if state.contacts.isEmpty {
      context.say("No contact recorded yet.")
    } else {
      for contact in state.contacts.suffix(5).map(\.contact) {
        context.say("  \(contact.on.short): \(contact.channel.rawValue), \(contact.summary)")
      }
    }
    let order = context.jurisdiction(for: state)?.dateOrder ?? .dayFirst
    var added: [Int] = []
    while true {
      let answer = try context.ask(
        Question(
          id: "history", prompt: "Any earlier reminder or call to add?",
          hint: "e.g. 'email 2 Nov' or 'they called 20 Nov'; 'back' takes the last one out; "
            + "Enter when there is none"))
      guard !answer.trimmed.isEmpty else { break }
      if answer.trimmed.lowercased() == "back" {
        // The record is append-only: the entry is voided, and stays visible as such.
        guard let last = added.popLast() else {
          context.warn("nothing added in this walk to take out")
          continue
        }
        let seqs = try context.record(
          [.void(.init(target: last, reason: "taken back while walking through the case"))], in: id)
        context.say("  Entry \(last) taken back (entry \(seqs[0]) records it).")
        continue
      }
      guard let entry = HistoryEntry(answer, today: today, order: order) else {
        context.warn(
          "say how and when, e.g. 'email 2 Nov' or 'phone call yesterday'; try again, or Enter")
        continue
      }
      let event = CaseEvent.contactLogged(
        .init(
          channel: entry.channel, direction: entry.direction, on: entry.on,
          summary: "added while walking through the case"))
      let seqs = try context.record([event], in: id)
      added.append(seqs[0])
      context.say("  Recorded entry \(seqs[0]): \(event.displayLine).")
    }

    context.say(style.bold("3–5. Your cash flow, their situation, the relationship"))
    state = try context.book.load(id)
    if state.cashFlow.knownFields.count >= 4 {
      context.say("Already noted ('cashflow' changes it):")
      try Shell.execute(["cashflow", "--show"], in: context)
    } else {
      try Shell.execute(["cashflow"], in: context)
    }

    context.say(style.bold("6. What to do next"))
    try Shell.execute(["next"], in: context)
    state = try context.book.load(id)
    if state.activePlan == nil, state.balance.minorUnits > 0 {
      try Shell.execute(["plan"], in: context)
    }
    context.say("Before you call them, 'prep' gives you one screen to read; during it, 'call'.")
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
