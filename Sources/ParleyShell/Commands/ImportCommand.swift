import ParleyKit

/// `import`: bring in the real correspondence from the user's mailbox.
enum ImportCommand: ShellCommand {
  static let spec = CommandSpec(
    name: "import", summary: "Bring in emails from your mailbox, with their original dates",
    arguments: "PATH...", maximumArguments: CommandSpec.anyNumber, positionals: [.file],
    discussion: """
      Reads .eml files, mbox files (Thunderbird, Apple Mail, Google Takeout) \
      and Maildir folders, and records each message as a contact in the case \
      it belongs to, with its original Date and time zone, From, To, Subject, \
      Message-ID, the thread it answers, its text and its attachments' names. \
      A message belongs to a case by its thread (it answers a message already \
      recorded), then the client's addresses or domain, then an invoice number \
      in its subject or body. Messages from your own address ('me', or --me) \
      are outbound. A message already recorded is skipped, so importing the \
      same mailbox again adds nothing. Messages that match no case are listed, \
      never written: --case puts them in a case, and --message N,... puts \
      just the messages numbered there, whatever they match (so one imported \
      into the wrong case and voided there can be put right). Inbound messages are read like 'reply' (quoted \
      history and signatures left out), and a promise found in one is recorded \
      only when you confirm it. --dry-run shows what would be recorded, case \
      by case, and writes nothing. A message that cannot be read is named, \
      skipped, and the rest still import.
      """,
    examples: [
      "import ~/Downloads/acme.mbox --dry-run", "import ~/Mail/Clients/cur", "import reply.eml",
      "import inbox.mbox --case acme --message 4,7",
    ],
    options: [
      .value("case", "CASE", "the case for messages that match none", values: .caseID),
      .value("message", "N,...", "with --case: only these messages (numbers as listed)"),
      .value("me", "ADDRESS,...", "more of your own addresses (besides the one in 'me')"),
      .flag("dry-run", "show what would be recorded; write nothing"),
      .json,
    ], repeatsLastPositional: true)

  static func run(_ arguments: ParsedArguments, in context: ShellContext) throws {
    guard !arguments.positionals.isEmpty else {
      throw ShellError.usage(
        "import needs a file or folder of mail: 'import inbox.mbox'", command: spec.name)
    }
    let own = try ownAddresses(arguments, in: context)
    let assigned = try arguments.value("case").map { query in
      let id = try context.book.resolve(query)
      if let closure = try? context.book.closure(of: id) {
        throw ShellError.invalid(
          "case \(id) is closed (since \(closure.on.short)); 'reopen --case \(id)' first")
      }
      return id
    }
    let picked = try arguments.value("message").map(messageNumbers) ?? []
    if !picked.isEmpty && assigned == nil {
      throw ShellError.usage(
        "--message picks messages to put in a case: add --case CASE", command: spec.name)
    }
    let now = try context.now()
    let cases = try readableCases(in: context)
    let planner = MailImportPlanner(
      cases: cases, ownAddresses: own, timeZoneID: now.timeZoneID, today: now.localDay)
    // Each message is read as it comes off the disk and only what the import
    // uses is kept, so a mailbox of gigabytes is never held whole.
    var messages: [ReadMail] = []
    var count = 0
    try MailImportFiles.read(at: arguments.positionals) { item in
      count = item.number
      if picked.isEmpty || picked.contains(item.number) { messages.append(planner.read(item)) }
    }
    guard count > 0 else {
      throw ShellError.invalid(
        "no messages found in \(arguments.positionals.joined(separator: ", ")): "
          + "give .eml files, mbox files or a Maildir folder")
    }
    if let beyond = picked.filter({ $0 > count }).min() {
      throw ShellError.invalid(
        "there is no message \(beyond): this import has \(count) (see them with --dry-run)")
    }
    let plan = planner.plan(messages, assignedCase: assigned, forced: picked)
    let states = Dictionary(cases, uniquingKeysWith: { first, _ in first })
    let readings = Dictionary(
      plan.decisions.compactMap { reading(of: $0, states: states, in: context) }.map {
        ($0.number, $0)
      }, uniquingKeysWith: { first, _ in first })
    let (recorded, unwritten) =
      arguments.has("dry-run") ? ([:], []) : record(plan, in: context)
    let report = MailImportReport(
      plan: plan, readings: readings, recorded: recorded, isDryRun: arguments.has("dry-run"),
      paths: arguments.positionals)
    if arguments.has("json") {
      context.say(try JSONOutput.render(MailImportJSON(report)))
    } else {
      report.show(in: context)
      if cases.isEmpty {
        context.say(
          "There are no cases yet, so no mail can go anywhere: start one with 'new' "
            + "(with the client's email as its contact), then import again.")
      }
      if !report.isDryRun { try confirmPromises(report, states: states, in: context) }
    }
    if !unwritten.isEmpty {
      throw ShellError.data(
        "the mail for \(unwritten.joined(separator: ", ")) was not written (above); "
          + "the other cases' mail was")
    }
    if !plan.refused.isEmpty {
      let count = plan.refused.count
      throw ShellError.invalid(
        "\(MailImportReport.messages(count)) could not be read and "
          + "\(count == 1 ? "was" : "were") skipped (named above); "
          + (report.isDryRun ? "the rest would import" : "the rest were imported"))
    }
  }

  /// Every case that can be read; one that cannot is named and left out.
  private static func readableCases(in context: ShellContext) throws -> [(
    id: String, state: CaseState
  )] {
    var cases: [(id: String, state: CaseState)] = []
    for (id, state) in context.book.loadAll(try context.book.caseIDs()) {
      switch state {
      case .success(let state): cases.append((id, state))
      case .failure(let error):
        context.warn("Warning: case \(id) could not be read (\(error)); no mail goes to it.")
      }
    }
    return cases
  }

  /// Writes each case's messages in one append, all or none; a case that
  /// cannot be written does not stop the others. Returns the entries written
  /// by case, and the cases not written.
  private static func record(_ plan: MailImportPlan, in context: ShellContext) -> (
    recorded: [String: [Int]], unwritten: [String]
  ) {
    var recorded: [String: [Int]] = [:]
    var unwritten: [String] = []
    for (caseID, decisions) in plan.recordsByCase {
      let events = decisions.compactMap { decision -> CaseEvent? in
        guard case .record(_, _, let contact) = decision.outcome else { return nil }
        return .contactLogged(contact)
      }
      do {
        recorded[caseID] = try context.record(events, in: caseID)
      } catch {
        context.warn("Nothing was written to \(caseID): \(error)")
        unwritten.append(caseID)
      }
    }
    return (recorded, unwritten)
  }

  /// The user's own addresses: from `me` and `--me`; at least one is needed.
  private static func ownAddresses(_ arguments: ParsedArguments, in context: ShellContext)
    throws -> Set<String>
  {
    var own = Set<String>()
    if let email = try context.book.workspace.loadSender()?.email {
      own.formUnion(MailAddressList.parse(email).map(\.address))
    }
    for word in (arguments.value("me") ?? "").split(separator: ",") {
      let addresses = MailAddressList.parse(String(word))
      guard let address = addresses.first, address.address.contains("@") else {
        throw ShellError.usage(
          "'\(String(word).trimmed)' is not an email address; --me takes yours, such as "
            + "--me sam@example.com", command: spec.name)
      }
      own.insert(address.address)
    }
    guard !own.isEmpty else {
      throw ShellError.usage(
        "import needs your own email address to tell what you sent from what came in: "
          + "set it once with 'me --email you@example.com', or add --me you@example.com",
        command: spec.name)
    }
    return own
  }

  /// Numbers and ranges: `4,7` or `3-5`.
  private static func messageNumbers(_ text: String) throws -> Set<Int> {
    var numbers = Set<Int>()
    for part in text.split(separator: ",") {
      let ends = part.split(separator: "-", omittingEmptySubsequences: false)
        .map { Int(String($0).trimmed) }
      guard ends.count <= 2, let first = ends.first ?? nil, let last = ends.last ?? nil,
        first >= 1, first <= last, last - first < 100_000
      else {
        throw ShellError.usage(
          "'\(text)' is not a list of message numbers; write them as 4,7 or 3-5",
          command: spec.name)
      }
      numbers.formUnion(first...last)
    }
    return numbers
  }

  /// The reply reading of an inbound message that is (or would be) recorded.
  private static func reading(
    of decision: MailImportDecision, states: [String: CaseState], in context: ShellContext
  ) -> MailImportReport.Reading? {
    guard case .record(let caseID, _, let contact) = decision.outcome,
      contact.direction == .inbound, let text = contact.fullText,
      let state = states[caseID]
    else { return nil }
    let order = context.jurisdiction(for: state)?.dateOrder ?? .dayFirst
    // Read as on the day it came, so "Friday" is the Friday after it was sent.
    let analysis = ReplyClassifier.classify(
      text, today: contact.on, currency: state.currency, dateOrder: order)
    return MailImportReport.Reading(number: decision.number, caseID: caseID, analysis: analysis)
  }

  /// Offers, per case, the latest promise found in the mail, recorded only when confirmed.
  private static func confirmPromises(
    _ report: MailImportReport, states: [String: CaseState], in context: ShellContext
  ) throws {
    for (caseID, offer) in report.latestPromises {
      guard let by = offer.promise.date, let state = states[caseID] else { continue }
      if let named = offer.promise.amount, named.currency != state.currency {
        // Recording it as "the balance" would overstate what they promised.
        context.say(
          "Their promise names \(named.formatted), not in \(state.currency.code), the currency "
            + "of \(caseID); record what it comes to with 'promise --case \(caseID)'.")
        continue
      }
      let amount = offer.promise.amount.map { " \($0.formatted)" } ?? ""
      let passed = by < (try context.today()) ? "; that day has passed" : ""
      let words =
        "their promise to pay\(amount) by \(by.inWords) (email of \(offer.on.short)\(passed))"
      let command =
        "promise --case \(caseID) --by \(by.iso) --on \(offer.on.iso)"
        + (offer.promise.amount.map { " --amount \($0.plainDecimal)" } ?? "")
      guard context.reader.isInteractive else {
        context.say("Not recorded as a promise until you confirm it: '\(command)'")
        continue
      }
      let answer: String
      do {
        answer = try context.ask(
          Question(
            id: "promise", prompt: "Record \(words) as a promise on \(caseID)?", hint: "y/n",
            defaultAnswer: "n"))
      } catch let error as ShellError where error.isCancellation {
        // The mail is already recorded: say so, not "nothing was saved".
        throw error.saying(
          "stopped; the mail is recorded, the promise is not (record it with '\(command)')")
      }
      guard answer.lowercased().hasPrefix("y") else {
        context.say("Left as it is; record it later with '\(command)'.")
        continue
      }
      guard by >= offer.on else {
        context.say("The promised day is before the email; not recorded.")
        continue
      }
      let event = CaseEvent.promiseNoted(
        .init(on: offer.on, by: by, amount: offer.promise.amount))
      let seqs = try context.record([event], in: caseID)
      context.say("Recorded entry \(seqs[0]): \(event.displayLine).")
    }
  }
}
