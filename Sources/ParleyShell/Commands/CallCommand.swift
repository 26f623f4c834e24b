import ParleyKit

/// `call`: the companion during a phone call with the client.
enum CallCommand: ShellCommand {
  static let spec = CommandSpec(
    name: "call", summary: "A companion during a phone call: what to say, notes, the outcome",
    discussion: """
      For a call with the client, step by step: open calmly, listen, ask about \
      their cash flow, offer options, agree an amount and a solid date, and \
      confirm what happens next. Each step shows what to say and ask; Enter \
      moves on, 'back' goes back. Type notes as you talk: each line is recorded \
      at once, with its time. When a note shows a common objection (they can't \
      pay, they dispute the work, the cheque is in the post, talk to accounts, \
      they never got the invoice, anger, silence), by its words or as the reply \
      model reads it, a calm line to say is shown; \
      "half" or "a third" is worked out from the balance. Type 'end' when you \
      hang up: the outcome (a promise with amount and day, a plan, a dispute, \
      no answer, a call back) is recorded with the call, and the confirmation \
      email is offered. Run 'prep' before the call.
      """,
    examples: ["call", "call --case acme"],
    options: [.caseOption])

  static func run(_ arguments: ParsedArguments, in context: ShellContext) throws {
    let id = try context.requireCase(arguments)
    guard context.reader.isInteractive else {
      throw ShellError.usage(
        "call is a companion for a live call, at a terminal; to record a call after it "
          + "happened, use 'log --channel phone'", command: spec.name)
    }
    let state = try context.book.load(id)
    let today = try context.today()
    let order = context.jurisdiction(for: state)?.dateOrder ?? .dayFirst
    var companion = CallCompanion(state: state, today: today, dateOrder: order)
    context.say(
      "Call with \(state.opened.client). Type notes as you talk (each is recorded); Enter "
        + "moves to the next step, 'back' goes back, 'end' when you hang up.")
    var step = companion.opening
    var question: Question?
    while true {
      switch step {
      case .guidance(let phase, let text):
        context.say(
          context.style.bold("\(phase.rawValue + 1)/\(CallCompanion.Phase.allCases.count) ") + text)
        question = nil
      case .note(let event, let understood, let say):
        let seqs = try context.record([event], in: id)
        context.say("  noted (entry \(seqs[0]))" + (understood.map { ". \($0)" } ?? ""))
        if let say { context.say("  Say: \(say)") }
        question = nil
      case .ask(let next):
        question = next
      case .retry(let message, let next):
        context.warn(message)
        question = next
      case .finished(let events, let confirmation):
        let seqs = try context.record(events, in: id)
        for (seq, event) in zip(seqs, events) {
          context.say("Recorded entry \(seq): \(event.displayLine).")
        }
        if let amount = confirmation?.agreedAmount, let day = confirmation?.agreedDate {
          let words = [
            "draft", "call-confirmation", "--amount", amount.formatted, "--date", day.iso,
          ]
          let answer = try context.ask(
            Question(
              id: "confirm", prompt: "Write the confirmation email now?", hint: "yes / no",
              defaultAnswer: "yes"))
          if ["", "y", "yes"].contains(answer.trimmed.lowercased()) {
            try Shell.execute(words, in: context)
          } else {
            context.say("Confirm it in writing today: '\(words.joined(separator: " "))'.")
          }
        }
        return
      }
      let line: String
      if let question {
        line = try context.ask(question)
      } else {
        switch context.reader.readLine(prompt: "call> ") {
        case .line(let text): line = text
        case .interrupted:
          throw ShellError.interrupted("call companion stopped; the notes so far are recorded")
        case .endOfInput:
          throw ShellError.cancelled("call companion stopped; the notes so far are recorded")
        case .notUTF8: throw ShellContext.notUTF8(line: context.reader.lineNumber)
        }
      }
      step = companion.take(line)
    }
  }
}
