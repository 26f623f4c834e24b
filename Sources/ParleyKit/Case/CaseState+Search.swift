extension CaseState {
  /// Every line of the record that holds `query`, ignoring case and accents,
  /// in journal order: each entry as it was written, voided and corrected
  /// ones included (a correction's new text is found in the correction).
  ///
  /// An empty query finds nothing.
  public func search(_ query: String) -> [SearchHit] {
    let wanted = TextFolding.fold(query.trimmed)
    guard !wanted.isEmpty else { return [] }
    var hits: [SearchHit] = []
    for entry in entries {
      let day = entry.event.eventDay ?? entry.recordedAt.localDay
      for (field, text) in entry.event.searchableTexts {
        for part in text.split(whereSeparator: \.isNewline) {
          let line = String(part)
          guard TextFolding.fold(line).contains(wanted),
            let match = TextFolding.firstMatch(of: wanted, in: line)
          else { continue }
          hits.append(SearchHit(seq: entry.seq, day: day, field: field, line: line, match: match))
        }
      }
    }
    return hits
  }
}
