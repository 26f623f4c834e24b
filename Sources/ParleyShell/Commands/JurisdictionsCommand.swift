import ParleyKit
import ParleyStore

/// `jurisdictions`, `jurisdiction show ID`: the profiles parley knows and every fact in one.
enum JurisdictionsCommand: ShellCommand {
  static let spec = CommandSpec(
    name: "jurisdictions", aliases: ["jurisdiction"],
    summary: "List jurisdiction profiles; show one's facts and sources",
    arguments: "[show ID]", maximumArguments: 2,
    positionals: [.choices(["show"]), .jurisdictionID],
    discussion: """
      Without arguments, lists every profile: its id, name, currency, and \
      whether a file of yours overrides parley's own (your files live in \
      $XDG_CONFIG_HOME/parley/jurisdictions/). 'jurisdiction show ID' prints \
      every legal fact in the profile with its value, source, as-of date and \
      how far it was verified, and marks the ones to check: unverified, or \
      true as of more than 12 months ago. parley is not legal advice.
      """,
    examples: ["jurisdictions", "jurisdiction show gb-ewl", "jurisdiction show us-ca --json"],
    options: [.json])

  static func run(_ arguments: ParsedArguments, in context: ShellContext) throws {
    var words = arguments.positionals
    if words.first?.lowercased() == "show" { words.removeFirst() }
    switch words.count {
    case 0:
      if arguments.positionals.isEmpty {
        try list(arguments, in: context)
      } else {
        throw ShellError.usage("which profile? jurisdiction show ID", command: spec.name)
      }
    case 1: try show(words[0], arguments, in: context)
    default:
      throw ShellError.usage("give one profile id: jurisdiction show ID", command: spec.name)
    }
  }

  private static func list(_ arguments: ParsedArguments, in context: ShellContext) throws {
    let profiles = context.profiles
    if arguments.has("json") {
      let rows = profiles.profiles.map {
        ProfileSummaryJSON(
          jurisdiction: $0.id, name: $0.name, currency: $0.currency,
          userOverridden: profiles.userIDs.contains($0.id), reviewedOn: $0.reviewedOn)
      }
      context.say(try JSONOutput.render(rows, as: "jurisdictions"))
      return
    }
    var table = TextTable([
      .init("ID"), .init("NAME", wraps: true), .init("CURRENCY", importance: 2),
      .init("FROM", wraps: true, importance: 1),
    ])
    for profile in profiles.profiles {
      table.append([
        profile.id, profile.name, profile.currency,
        profiles.userIDs.contains(profile.id) ? "your file (overrides parley's)" : "parley",
      ])
    }
    context.say(context.render(table))
    context.say("Show one with 'jurisdiction show ID'. parley is not legal advice.")
  }

  private static func show(
    _ id: String, _ arguments: ParsedArguments, in context: ShellContext
  ) throws {
    let profiles = context.profiles
    guard let profile = profiles.profile(id) else {
      let ids = profiles.profiles.map(\.id)
      let suggestion =
        ids.closest(to: id).map { " Did you mean '\($0)'?" }
        ?? " Profiles: \(ids.joined(separator: ", "))."
      throw ShellError.invalid("There is no jurisdiction profile '\(id)'.\(suggestion)")
    }
    let today = try context.today()
    let facts = profile.facts
    if arguments.has("json") {
      context.say(
        try JSONOutput.render(
          ProfileDetailJSON(
            profile: profile, userOverridden: profiles.userIDs.contains(profile.id),
            today: today)))
      return
    }
    let origin = profiles.userIDs.contains(profile.id) ? "your file" : "parley's own profile"
    context.say(
      "\(profile.name) (\(profile.id)), \(profile.currency); \(origin), reviewed "
        + "\(profile.reviewedOn.short)")
    context.say()
    let stale = Set(profile.staleFacts(today: today).map(\.path))
    for fact in facts {
      let mark = stale.contains(fact.path) ? "! " : "  "
      context.say("\(mark)\(fact.path): \(fact.value)")
      let url = fact.source.url.isEmpty ? "no source given" : fact.source.url
      var line = "    source: \(url); as of \(fact.source.asOf.short); \(fact.source.verification)"
      if let note = fact.source.note { line += " (\(note))" }
      context.say(line)
    }
    context.say()
    if stale.isEmpty {
      context.say("Every fact is verified and less than 12 months old.")
    } else {
      context.say(
        "! \(stale.count) of \(facts.count) facts to check before relying on them: "
          + "unverified, or true as of more than 12 months ago.")
    }
    context.say(profile.legalNotice)
  }
}
