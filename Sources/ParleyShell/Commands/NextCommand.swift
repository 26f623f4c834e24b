import ParleyKit

/// `next`: what to do now on the escalation ladder, and why.
enum NextCommand: ShellCommand {
  static let spec = CommandSpec(
    name: "next", summary: "Say what to do now on the ladder, why, and from when",
    discussion: """
      Reads the case's record (reminders, calls, promises, plans, mediation, \
      the letter before claim) and says in a sentence or two what the next \
      calm step is, why, and the day it becomes reasonable, with the draft \
      that goes with it. The ladder: remind, talk, arrange, mediate, the \
      letter before claim, a small claim, and only then solicitors or an agency.
      """,
    examples: ["next", "next --case acme --json"],
    options: [.caseOption, .json])

  static func run(_ arguments: ParsedArguments, in context: ShellContext) throws {
    let id = try context.requireCase(arguments)
    let state = try context.book.load(id)
    let profile = try context.profile(for: state)
    let now = try context.now()
    let today = now.localDay
    let ladder = ProcessLadder.state(of: state, profile: profile, now: now)
    if arguments.has("json") {
      context.say(try JSONOutput.render(LadderNextJSON(ladder.next, today: today)))
      return
    }
    context.say(ladder.next.sentences(today: today))
  }
}
