import Foundation

/// Finding a case from what the user typed: an id, part of one, or a client's name.
extension Workspace {
  /// The case `query` names.
  ///
  /// Tries, in order, stopping at the first step that matches anything:
  /// 1. an exact case id;
  /// 2. the start of a case id (`acm` → `acme-ltd`);
  /// 3. the client's name, ignoring case, accents and punctuation (`ACME ltd.`);
  /// 4. part of the client's name (`acme`);
  /// 5. the client's later name, whole or in part, when it was changed.
  ///
  /// - Throws: ``StoreError/ambiguousCase(query:candidates:)`` listing every
  ///   candidate when a step matches more than one case, and
  ///   ``StoreError/caseNotFound(query:suggestions:caseCount:)`` with the
  ///   closest ids when nothing matches.
  public func findCase(_ query: String) throws(StoreError) -> CaseSummary {
    let all = try cases()
    let typed = query.trimmingCharacters(in: .whitespacesAndNewlines)
    let lowered = typed.lowercased()
    let wanted = CaseSlug.slug(typed)
    let steps: [(CaseSummary) -> Bool] = [
      { $0.id == lowered },
      { !lowered.isEmpty && $0.id.hasPrefix(lowered) },
      { summary in summary.client.map { CaseSlug.slug($0) == wanted } ?? false },
      { summary in
        !typed.isEmpty
          && (summary.client.map { CaseSlug.slug($0).contains(wanted) } ?? false)
      },
    ]
    for step in steps {
      let matches = all.filter(step)
      if matches.count == 1, let match = matches.first { return match }
      if matches.count > 1 { throw StoreError.ambiguousCase(query: typed, candidates: matches) }
    }
    // A client's later names are read only when nothing else matched.
    let renamed = all.flatMap { summary in
      laterClientNames(ofCase: summary.id).map { CaseSummary(id: summary.id, client: $0) }
    }
    for step in steps.suffix(2) {
      let matches = Self.unique(renamed.filter(step))
      if matches.count == 1, let match = matches.first { return match }
      if matches.count > 1 { throw StoreError.ambiguousCase(query: typed, candidates: matches) }
    }
    throw StoreError.caseNotFound(
      query: typed, suggestions: Self.closest(to: wanted, in: all), caseCount: all.count)
  }

  /// `summaries` with one per case id: the latest name of each.
  private static func unique(_ summaries: [CaseSummary]) -> [CaseSummary] {
    var seen: Set<String> = []
    return summaries.reversed().filter { seen.insert($0.id).inserted }.reversed()
  }

  /// Up to three cases whose id is within a few edits of `slug`, closest first.
  private static func closest(to slug: String, in cases: [CaseSummary]) -> [CaseSummary] {
    let limit = max(2, slug.count / 3)
    return
      cases
      .filter { abs($0.id.count - slug.count) <= limit }
      .map { ($0, editDistance(slug, $0.id)) }
      .filter { $0.1 <= limit }
      .sorted { ($0.1, $0.0.id) < ($1.1, $1.0.id) }
      .prefix(3)
      .map(\.0)
  }

  /// The Levenshtein distance between two strings, by characters.
  private static func editDistance(_ a: String, _ b: String) -> Int {
    let left = Array(a)
    let right = Array(b)
    var row = Array(0...right.count)
    for (i, leftCharacter) in left.enumerated() {
      var previousDiagonal = row[0]
      row[0] = i + 1
      for (j, rightCharacter) in right.enumerated() {
        let saved = row[j + 1]
        row[j + 1] = min(
          row[j + 1] + 1, row[j] + 1, previousDiagonal + (leftCharacter == rightCharacter ? 0 : 1))
        previousDiagonal = saved
      }
    }
    return row[right.count]
  }
}
