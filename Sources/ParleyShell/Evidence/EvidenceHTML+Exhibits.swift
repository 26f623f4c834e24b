import ParleyKit

extension EvidenceHTML {
  /// The index of exhibits: number, day, kind, subject and entry of each.
  static func exhibitIndex(_ record: EvidenceRecord) -> String {
    var out = "<section id=\"exhibits\">\n<h2>Exhibits</h2>\n"
    guard !record.exhibits.isEmpty else {
      return out + "<p>\(h(EvidenceExhibit.noneOnRecord))</p>\n</section>\n"
    }
    out +=
      "<p>\(h(EvidenceExhibit.indexIntroduction))</p>\n<table>\n<thead>\n<tr><th>Exhibit</th>"
      + "<th>Date</th><th>What</th><th>Subject</th><th>Entry</th></tr>\n</thead>\n<tbody>\n"
    for exhibit in record.exhibits {
      let entry = exhibit.entry
      out +=
        "<tr><td>\(exhibit.number)</td><td>\(entry.on.map(time) ?? "undated")</td>"
        + "<td>\(h(entry.title))</td><td>\(h(entry.summary))</td><td>\(entry.seq)</td></tr>\n"
    }
    return out + "</tbody>\n</table>\n</section>\n"
  }

  /// The appendix: each exhibit's full text under its number, each on a new
  /// printed page; nothing when there is none.
  static func appendix(_ record: EvidenceRecord) -> String {
    guard !record.exhibits.isEmpty else { return "" }
    var out = "<section id=\"appendix\">\n<h2>Appendix: exhibits</h2>\n"
    for exhibit in record.exhibits {
      let entry = exhibit.entry
      out +=
        "<div class=\"exhibit\" id=\"exhibit-\(exhibit.number)\">\n"
        + "<h3>\(exhibit.name): \(h(entry.title)), \(entry.on.map(time) ?? "undated")</h3>\n"
        + factList([("Subject", h(entry.summary)), ("Entry", "\(entry.seq)")])
        + "<pre>\(h(entry.fullText ?? ""))</pre>\n</div>\n"
    }
    return out + "</section>\n"
  }
}
