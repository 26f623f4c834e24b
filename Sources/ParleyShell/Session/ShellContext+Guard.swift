import Foundation
import ParleyKit
import ParleyStore

extension OptionSpec {
  /// `--override REASON`: go past the guard's warnings, for a reason recorded in the case.
  static let override = OptionSpec.value(
    "override", "REASON", "go ahead despite the guard's warnings, for this reason (recorded)")
  /// `--reason TEXT`: the same as `--override`.
  static let guardReason = OptionSpec.value(
    "reason", "TEXT", "the same as --override: your reason for going past a warning")
}

extension ShellContext {
  /// The jurisdiction profile for `state`'s case (its own, else the generic one).
  func profile(for state: CaseState) throws -> JurisdictionProfile {
    guard let profile = profiles.profile(forCase: state.opened.jurisdiction) else {
      throw ShellError.data(
        "there is no jurisdiction profile for '\(state.opened.jurisdiction)' and no generic one; "
          + "see 'jurisdictions'")
    }
    return profile
  }

  /// The jurisdictions a case can be opened under: parley's profiles and the user's.
  var jurisdictions: [Jurisdiction] {
    profiles.profiles.compactMap(Jurisdiction.init(profile:))
  }

  /// The jurisdiction of `state`'s case, from its profile (the user's own
  /// included), else the built-in one; nil when neither is known.
  func jurisdiction(for state: CaseState) -> Jurisdiction? {
    let id = state.opened.jurisdiction
    // A built-in id with no user file of that name needs no profile decoded:
    // `show`, `paid` and `log` stay off the cost of loading every profile.
    if let builtIn = Jurisdiction.withID(id), !hasUserProfile(id) { return builtIn }
    return profiles.profile(id).flatMap(Jurisdiction.init(profile:)) ?? Jurisdiction.withID(id)
  }

  /// Whether the user's profile folder has a file for `id`.
  private func hasUserProfile(_ id: String) -> Bool {
    guard let folder = JurisdictionProfiles.userFolder(environment: environment) else {
      return false
    }
    let file = folder.appendingPathComponent("\(id.lowercased()).json").path
    return FileManager.default.fileExists(atPath: file)
  }

  /// The bank holidays `state`'s profile lists, for business-day counts: none
  /// (weekends only) when it lists none or no profile loads. A profile file
  /// that could not be used has already been shown as a warning by ``profiles``.
  func holidays(for state: CaseState) -> Set<Day> {
    do {
      return Set(try profile(for: state).bankHolidays ?? [])
    } catch {
      warn("Warning: \(error); counting weekends only as non-business days")
      return []
    }
  }

  /// Runs the process guard before `step` and returns the events to record
  /// before the step's own: a `guard.overridden` when the user went past a
  /// warning with a reason, else none.
  ///
  /// Prints every warning (id, why, what to do instead, the facts and their
  /// sources). A `stop` is refused; a `warn` needs a reason from `--override`
  /// or `--reason`, or typed at a terminal; off a terminal without one it is
  /// cancelled (exit 3). `info` needs nothing. Nothing is written here.
  ///
  /// - Parameter description: The step as the record names it (`escalate claim-filed`).
  func guardStep(
    _ step: ProposedStep, description: String, state: CaseState, arguments: ParsedArguments
  ) throws -> [CaseEvent] {
    let profile = try profile(for: state)
    let now = try now()
    let warnings = ProcessGuard.check(step, state: state, profile: profile, now: now)
    guard !warnings.isEmpty else { return [] }
    for warning in warnings { show(warning) }
    warn(profile.legalNotice)
    let stops = warnings.filter { $0.severity == .stop }
    if !stops.isEmpty {
      throw ShellError.invalid(
        "parley will not help with this (\(stops.map(\.id).joined(separator: ", "))); "
          + "nothing was recorded")
    }
    let needing = warnings.filter { $0.severity == .warn }
    guard !needing.isEmpty else { return [] }
    let ids = needing.map(\.id)
    let given = (arguments.value("override") ?? arguments.value("reason"))?.trimmed
    let reason: String
    if let given, !given.isEmpty {
      reason = given
    } else if reader.isInteractive {
      reason = try askOverrideReason(ids: ids, description: description)
    } else {
      throw ShellError.cancelled(
        "not done: going past \(ids.joined(separator: ", ")) needs your reason; "
          + "add --override \"REASON\" to go ahead anyway; nothing was recorded")
    }
    warn("Going ahead past \(ids.joined(separator: ", ")); your reason is recorded in the case.")
    return [
      .guardOverridden(
        .init(warnings: ids, step: description, reason: reason, on: now.localDay))
    ]
  }

  /// Asks whether to go past the warnings `ids`, then why, then shows what
  /// will be recorded and asks for a yes: a line typed for something else
  /// (the next command) is never recorded silently.
  ///
  /// - Throws: ``ShellError/cancelled(_:)`` unless every answer says go ahead.
  private func askOverrideReason(ids: [String], description: String) throws -> String {
    func yes(_ answer: String) -> Bool { ["y", "yes"].contains(answer.trimmed.lowercased()) }
    let go = try ask(
      Question(id: "override", prompt: "Go ahead anyway?", hint: "yes / no", defaultAnswer: "no"))
    guard yes(go) else { throw ShellError.cancelled("stopped; nothing was recorded") }
    let reason = try ask(Question(id: "reason", prompt: "Your reason, to record in the case"))
      .trimmed
    guard !reason.isEmpty else { throw ShellError.cancelled("stopped; nothing was recorded") }
    say(
      "To be recorded: \(description), past \(ids.joined(separator: ", ")), because \"\(reason)\".")
    let confirm = try ask(
      Question(id: "confirm", prompt: "Record it?", hint: "yes / no", defaultAnswer: "no"))
    guard yes(confirm) else { throw ShellError.cancelled("stopped; nothing was recorded") }
    return reason
  }

  /// Prints what the guard would say before `step`, without asking or
  /// recording anything; `description` names the step in words.
  func previewGuard(_ step: ProposedStep, description: String, state: CaseState) throws {
    let profile = try profile(for: state)
    let warnings = ProcessGuard.check(step, state: state, profile: profile, now: try now())
    guard !warnings.isEmpty else {
      say("Before \(description), the guard sees nothing against it now.")
      return
    }
    say("Before \(description), the guard would say:")
    for warning in warnings { show(warning) }
    warn(profile.legalNotice)
  }

  /// Prints one guard warning: severity and id, why, instead, and its facts with sources.
  private func show(_ warning: GuardWarning) {
    let label: String
    switch warning.severity {
    case .info: label = "Note"
    case .warn: label = "Warning"
    case .stop: label = "Stop"
    }
    warn("\(label) [\(warning.id)]: \(warning.why)")
    warn("  Instead: \(warning.instead.display)")
    for fact in warning.facts {
      let url = fact.source.url.isEmpty ? "no source given" : fact.source.url
      warn(
        "  Rests on \(fact.path) = \(fact.value) (source: \(url), as of "
          + "\(fact.source.asOf.short), \(fact.source.verification.rawValue))")
    }
  }
}

extension JurisdictionProfile {
  /// The profile's disclaimer, which always says parley is not legal advice.
  var legalNotice: String {
    disclaimer.lowercased().contains("not legal advice")
      ? disclaimer : "parley is not legal advice. \(disclaimer)"
  }
}
