import ParleyKit

/// `escalate STEP`: record a step up the ladder, after the guard.
enum EscalateCommand: ShellCommand {
  static let spec = CommandSpec(
    name: "escalate", summary: "Record a step up the ladder: mediation, the letter, a claim",
    arguments: "STEP", positionals: [.choices(EscalationStep.allCases.map(\.rawValue))],
    discussion: """
      Records a step up the escalation ladder with its day and details. Steps: \
      \(EscalationStep.allCases.map(\.rawValue).joined(separator: ", ")). \
      Before it is recorded the guard checks it against the ladder and the \
      jurisdiction (mediation before the letter before claim, the reply window \
      before a claim, the small-claims limit, the court fee). Going past a \
      warning needs your reason (--override), which is recorded in the case.
      """,
    examples: [
      "escalate mediation-offered --details \"offered the small claims mediation service\"",
      "escalate letter-before-claim-sent --on 2026-12-01",
      "escalate claim-filed --to \"Money Claims\" --reference K1QZ1234 --amount £1,200.50",
    ],
    options: [
      .caseOption,
      .value("on", "DATE", "the day it was done (default today)"),
      .value("details", "TEXT", "details for the record"),
      .value("to", "TEXT", "who it went to: a mediation service, the court, a firm"),
      .value("reference", "TEXT", "a reference, such as a claim number"),
      .value("amount", "AMOUNT", "the amount claimed or passed on (default the balance)"),
      .override, .guardReason,
    ], recordsEntries: true)

  static func run(_ arguments: ParsedArguments, in context: ShellContext) throws {
    let ids = EscalationStep.allCases.map(\.rawValue)
    guard let stepText = arguments.positionals.first else {
      throw ShellError.usage(
        "which step? escalate STEP; steps: \(ids.joined(separator: ", "))", command: spec.name)
    }
    guard let step = EscalationStep(id: stepText) else {
      let suggestion =
        ids.closest(to: stepText).map { " Did you mean '\($0)'?" }
        ?? " Steps: \(ids.joined(separator: ", "))."
      throw ShellError.usage("'\(stepText)' is not a step.\(suggestion)", command: spec.name)
    }
    let id = try context.requireCase(arguments)
    let state = try context.book.load(id)
    let on = try context.day(arguments.value("on") ?? "today", for: state, happened: true)
    guard on <= (try context.today()) else {
      throw ShellError.invalid("\(on.inWords) is in the future; record a step once it is done")
    }
    let amount = try arguments.value("amount").map { try context.money($0, for: state) }
    let overrides = try context.guardStep(
      .escalate(step, amount: amount), description: "escalate \(step.rawValue)", state: state,
      arguments: arguments)
    let event = CaseEvent.escalationRecorded(
      .init(
        step: step, on: on, details: arguments.value("details")?.trimmed ?? "",
        to: arguments.value("to")?.trimmed, reference: arguments.value("reference")?.trimmed,
        amount: amount))
    let seqs = try context.record(overrides + [event], in: id)
    context.say("Recorded entry \(seqs[seqs.count - 1]): \(event.displayLine).")
  }
}
