import ParleyKit

/// `reply`: read the client's message, say what kind of reply it is and what to do next.
enum ReplyCommand: ShellCommand {
  static let spec = CommandSpec(
    name: "reply", summary: "Read the client's reply: what it means and the calm next step",
    arguments: "[FILE | -]", positionals: [.file],
    discussion: """
      Classifies the client's message (pasted and ended by a line holding only \
      '.', a FILE, or standard input with -): a promise to pay (with the amount \
      and date), cash-flow hardship, a request for a plan, a dispute (and about \
      what), a request for more time, a deflection, a hostile reply, or no real \
      answer. It shows the words that decided it, records the message as an \
      inbound contact with its full text, and suggests the next step and the \
      draft for it. --as KIND corrects the reading. The kind comes from a model \
      trained on labelled replies and shows how sure it is; the rules find the \
      amount, the day and the words: check the reading before you act on it.
      """,
    examples: ["reply", "reply their-email.txt --channel email", "reply - --as dispute"],
    options: [
      .caseOption,
      .value(
        "channel", "CHANNEL", "how it came (default email)",
        values: .choices(ContactChannel.allCases.map(\.rawValue))),
      .value("on", "DATE", "the day it came (default today)"),
      .value(
        "as", "KIND", "correct the reading", values: .choices(ReplyKind.allCases.map(\.rawValue))),
      .flag("no-log", "only read it; do not record it as a contact"),
      .json,
    ])

  static func run(_ arguments: ParsedArguments, in context: ShellContext) throws {
    let id = try context.requireCase(arguments)
    let state = try context.book.load(id)
    let text = try message(arguments, in: context)
    guard !text.trimmed.isEmpty else { throw ShellError.invalid("the message is empty") }
    let today = try context.today()
    let order = context.jurisdiction(for: state)?.dateOrder ?? .dayFirst
    var analysis = ReplyClassifier.classify(
      text, today: today, currency: state.currency, dateOrder: order)
    if let override = arguments.value("as") {
      guard let kind = ReplyKind(rawValue: override) else {
        let kinds = ReplyKind.allCases.map(\.rawValue)
        let hint = kinds.closest(to: override).map { " Did you mean '\($0)'?" } ?? ""
        throw ShellError.usage("'\(override)' is not a kind of reply.\(hint)", command: spec.name)
      }
      analysis = analysis.corrected(to: kind, today: today)
    }
    let channelText = arguments.value("channel") ?? "email"
    guard let channel = ContactChannel(rawValue: channelText.lowercased()) else {
      throw ShellError.invalid(
        "'\(channelText)' is not a channel; use one of "
          + ContactChannel.allCases.map(\.rawValue).joined(separator: ", "))
    }
    let on = try context.day(arguments.value("on") ?? "today", for: state, happened: true)
    guard on <= today else {
      throw ShellError.invalid("\(on.inWords) is in the future; record a reply once it came")
    }
    if arguments.has("json") {
      context.say(try JSONOutput.render(ReplyAnalysisJSON(analysis)))
    } else {
      show(analysis, in: context)
    }
    guard !arguments.has("no-log") else { return }
    let event = CaseEvent.contactLogged(
      .init(
        channel: channel, direction: .inbound, on: on, summary: summary(analysis), fullText: text))
    let seqs = try context.record([event], in: id)
    if !arguments.has("json") { context.say("Recorded entry \(seqs[0]): \(event.displayLine).") }
  }

  private static func message(_ arguments: ParsedArguments, in context: ShellContext) throws
    -> String
  {
    if let path = arguments.positionals.first { return try TextFiles.read(path) }
    if context.isOneShot && !context.reader.isInteractive { return try TextFiles.read("-") }
    return try context.readBlock(
      introduction: "Paste their message; end with a line holding only '.'.")
  }

  private static func show(_ analysis: ReplyAnalysis, in context: ShellContext) {
    var reading = "Reads as \(analysis.kind.words)"
    if !analysis.secondary.isEmpty {
      reading += " (also \(analysis.secondary.map(\.words).joined(separator: ", ")))"
    }
    reading += " (\(Int((analysis.confidence * 100).rounded()))% sure)"
    if analysis.needsConfirmation { reading += "; only a guess, so check it" }
    context.say(reading + ".")
    if let promise = analysis.promise {
      let isPaid = analysis.saysItWasPaid
      var line = isPaid ? "Paid, they say:" : "Promise:"
      if let amount = promise.amount { line += " \(amount.formatted)" }
      if let date = promise.date { line += " \(isPaid ? "on" : "by") \(date.inWords)" }
      if promise.isDateAmbiguous, let text = promise.dateText { line += " (read from '\(text)')" }
      if promise.amount == nil && promise.date == nil { line += " no amount or day given" }
      context.say(line)
    }
    if let topic = analysis.disputeTopic {
      context.say(
        "Disputes \(topic.words)" + (analysis.disputeAbout.map { ": \"\($0)\"" } ?? ""))
    }
    for evidence in analysis.evidence.prefix(6) {
      context.say(context.style.dim("  \(evidence.line):\(evidence.column) \"\(evidence.text)\""))
    }
    if analysis.evidence.isEmpty, !analysis.modelTerms.isEmpty {
      context.say(
        context.style.dim(
          "  read from: "
            + analysis.modelTerms.prefix(4).map { "\"\($0.ngram)\"" }
            .joined(separator: ", ")))
    }
    context.say("Next: " + analysis.suggestion.nextStep.advice)
  }

  private static func summary(_ analysis: ReplyAnalysis) -> String {
    var text = "reply: \(analysis.kind.words)"
    if let promise = analysis.promise, promise.amount != nil || promise.date != nil {
      let isPaid = analysis.saysItWasPaid
      text += isPaid ? "; says it paid" : "; promised"
      if let amount = promise.amount { text += " \(amount.formatted)" }
      if let date = promise.date { text += " \(isPaid ? "on" : "by") \(date.short)" }
    }
    if let topic = analysis.disputeTopic { text += " about \(topic.words)" }
    return text
  }
}
