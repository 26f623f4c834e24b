import ParleyKit

extension EvidenceMarkdown {
  /// The index of exhibits: number, day, kind, subject and entry of each.
  static func exhibitIndex(_ record: EvidenceRecord) -> String {
    var out = "\n## Exhibits\n\n"
    guard !record.exhibits.isEmpty else { return out + EvidenceExhibit.noneOnRecord + "\n" }
    out += EvidenceExhibit.indexIntroduction + "\n\n"
    out += "| Exhibit | Date | What | Subject | Entry |\n|--:|---|---|---|--:|\n"
    for exhibit in record.exhibits {
      let entry = exhibit.entry
      out +=
        "| \(exhibit.number) | \(entry.on?.isoAndWords ?? "undated") | \(md(entry.title)) | "
        + "\(md(entry.summary)) | \(entry.seq) |\n"
    }
    return out
  }

  /// The appendix: each exhibit's full text under its number; nothing when there is none.
  static func appendix(_ record: EvidenceRecord) -> String {
    guard !record.exhibits.isEmpty else { return "" }
    var out = "\n## Appendix: exhibits\n"
    for exhibit in record.exhibits {
      let entry = exhibit.entry
      out +=
        "\n### \(exhibit.name): \(md(entry.title)), \(entry.on?.isoAndWords ?? "undated")\n\n"
        + "- Subject: \(md(entry.summary))\n- Entry \(entry.seq)\n\n"
        + MarkdownEscaping.fenced(entry.fullText ?? "")
    }
    return out
  }
}
