import ParleyKit

/// `search TEXT`: find a text across the cases' records.
enum SearchCommand: ShellCommand {
  static let spec = CommandSpec(
    name: "search", summary: "Find a text in every case's record",
    arguments: "TEXT",
    discussion: """
      Looks through every case's record, closed cases included, for TEXT: \
      clients' names (earlier ones too), invoice numbers, contacts' summaries \
      and full texts, notes, disputes, the details of steps up the ladder, and \
      the reasons given for voids, corrections, plans and closings. Case and \
      accents do not matter ('zoe' finds Zoë). Each line that holds it is \
      listed with the case, the entry's number and its day; entries voided or \
      superseded by a correction are marked. Exit status 1 when nothing is found.
      """,
    examples: ["search INV-042", "search \"moved office\" --case acme", "search zoe --json"],
    options: [.caseOption, .json])

  /// The longest line shown in the table, in characters.
  static let lineWidth = 72

  static func run(_ arguments: ParsedArguments, in context: ShellContext) throws {
    let query = arguments.positionals.joined(separator: " ")
    guard !query.trimmed.isEmpty else {
      throw ShellError.usage("what should be found? search TEXT", command: spec.name)
    }
    let ids =
      try arguments.value("case").map { [try context.book.resolve($0)] }
      ?? context.book.caseIDs()
    var found: [(id: String, state: CaseState, hit: SearchHit)] = []
    var damaged: [(id: String, problem: String)] = []
    for (id, loaded) in context.book.loadAll(ids) {
      switch loaded {
      case .success(let state): found += state.search(query).map { (id, state, $0) }
      case .failure(let error): damaged.append((id, ShellError(error).description))
      }
    }
    if arguments.has("json") {
      context.say(
        try JSONOutput.render(
          SearchJSON(
            query: query,
            hits: found.map { SearchHitJSON(caseID: $0.id, state: $0.state, hit: $0.hit) },
            damaged: damaged.map { DamagedCaseJSON(id: $0.id, problem: $0.problem) })))
    } else if !found.isEmpty {
      var table = TextTable([
        .init("CASE", wraps: true), .init("ENTRY", .right), .init("DAY", importance: 2),
        .init("IN", importance: 1), .init("LINE", wraps: true),
      ])
      for (id, state, hit) in found {
        table.append([
          id + (state.isClosed ? " (closed)" : ""), String(hit.seq), hit.day.short,
          marks(hit, in: state), excerpt(hit),
        ])
      }
      context.say(context.render(table))
    }
    for (id, problem) in damaged {
      context.warn("\(id): DAMAGED, cannot be read: \(problem)")
    }
    guard !found.isEmpty else {
      let scope = arguments.value("case") == nil ? "any case" : "case \(ids[0])"
      throw ShellError.failed("nothing in \(scope) holds '\(query.trimmed)'")
    }
  }

  /// What matched (`note`), and whether the entry was voided or superseded.
  private static func marks(_ hit: SearchHit, in state: CaseState) -> String {
    var words = [hit.field.rawValue.split(separator: "_").joined(separator: " ")]
    if let void = state.voided.first(where: { $0.target.seq == hit.seq }) {
      words.append("void (\(void.voidSeq))")
    }
    if let later = state.supersedingEntry(of: hit.seq) { words.append("superseded (\(later))") }
    return words.joined(separator: ", ")
  }

  /// The line, cut around the match when it is long.
  private static func excerpt(_ hit: SearchHit) -> String {
    let characters = Array(hit.line)
    guard characters.count > lineWidth else { return hit.line }
    let start = max(0, min(hit.match.lowerBound - 20, characters.count - (lineWidth - 1)))
    let end = min(characters.count, start + lineWidth - 1)
    return (start > 0 ? "…" : "") + String(characters[start..<end])
      + (end < characters.count ? "…" : "")
  }
}
