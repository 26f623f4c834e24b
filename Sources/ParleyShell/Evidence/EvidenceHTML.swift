import ParleyKit

/// Renders an evidence record as one self-contained, printable HTML page.
///
/// The page has inline CSS with print styles, no scripts and no external
/// resources; a Content-Security-Policy forbids loading anything, so the
/// page stays inert wherever it is opened. Every user-supplied string is
/// escaped (``HTMLEscaping``). Dates are shown in ISO and in words.
enum EvidenceHTML {
  /// The page's style sheet: readable on screen, tidy on paper, every printed
  /// page numbered and labelled with `pageLabel`.
  ///
  /// `pageLabel` goes into a CSS string as it is, so it must be parley's own
  /// words, never the user's.
  static func styleSheet(pageLabel: String) -> String {
    """
    :root { color-scheme: light; }
    body { font: 11pt/1.45 Georgia, "Times New Roman", serif; color: #111; background: #fff;
      max-width: 54rem; margin: 2rem auto; padding: 0 1.5rem; }
    h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
    h2 { font-size: 1.2rem; border-bottom: 1px solid #999; margin: 2rem 0 .5rem;
      padding-bottom: .15rem; }
    h3 { font-size: 1rem; margin: 1.25rem 0 .35rem; }
    .notice { font-style: italic; }
    table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
    th, td { border: 1px solid #bbb; padding: .2rem .45rem; text-align: left;
      vertical-align: top; }
    th { background: #eee; }
    td.amount { text-align: right; white-space: nowrap; }
    dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .8rem;
      margin: .25rem 0; }
    dl.facts dt { font-weight: bold; }
    dl.facts dd { margin: 0; }
    pre { white-space: pre-wrap; overflow-wrap: anywhere; font: 10pt/1.4 "DejaVu Sans Mono",
      Menlo, Consolas, monospace; background: #f6f6f6; border: 1px solid #ddd;
      padding: .5rem .7rem; margin: .35rem 0; }
    code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; overflow-wrap: anywhere; }
    .entry { border-left: 3px solid #ccc; padding-left: .8rem; margin: .8rem 0; }
    .entry.void { border-left-color: #b00; }
    .void-mark { color: #b00; font-weight: bold; }
    .broken { color: #b00; font-weight: bold; }
    .intact { color: #060; font-weight: bold; }
    footer { margin-top: 2.5rem; border-top: 1px solid #999; padding-top: .5rem;
      font-size: .9rem; }
    @page { size: A4; margin: 18mm 16mm 20mm;
      @bottom-left { content: "\(pageLabel)";
        font: 9pt Georgia, "Times New Roman", serif; color: #444; }
      @bottom-right { content: "Page " counter(page) " of " counter(pages);
        font: 9pt Georgia, "Times New Roman", serif; color: #444; }
    }
    @media print {
      body { margin: 0; max-width: none; padding: 0; font-size: 10pt; }
      pre, code { font-size: 9pt; }
      table { font-size: 9pt; }
      h2 { break-after: avoid; }
      h3 { break-after: avoid; }
      .entry, tr { break-inside: avoid; }
      pre { break-inside: auto; background: none; }
      #appendix { break-before: page; }
      .exhibit + .exhibit { break-before: page; }
    }
    """
  }

  /// The whole record as an HTML document.
  static func render(_ record: EvidenceRecord) -> String {
    var out = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta name="generator" content="parley">
      <title>Evidence record: \(h(record.client)) (\(h(record.caseID)))</title>
      <style>
      \(styleSheet(pageLabel: record.printedPageLabel))
      </style>
      </head>
      <body>
      <header>
      <h1>Evidence record: \(h(record.client))</h1>
      <p class="notice">\(h(EvidenceRecord.notice))</p>

      """
    out += versionStatement(record) + header(record) + "</header>\n<main>\n"
    out += journal(record.journal)
    out += exhibitIndex(record)
    out += invoices(record)
    out +=
      "<section id=\"contacts\">\n<h2>Contacts</h2>\n"
      + "<p>In the order they happened: by day, then by entry number.</p>\n"
    out += blocks(record.contacts, in: record) {
      ($0.on.map(time) ?? "undated") + ": " + h($0.title)
    }
    out += "</section>\n"
    out += section("payments", "Payments", .payments, in: record)
    out += plans(record)
    out += section("notes", "Notes", .notes, in: record)
    out += section("cash-flow", "Cash flow", .cashFlow, in: record)
    out += section("disputes-promises", "Disputes and promises", .disputesAndPromises, in: record)
    out += section("escalation", "Escalation", .escalations, in: record)
    out += section("overrides", "Warnings overridden", .overrides, in: record)
    out += section("other", "Other entries", .other, in: record)
    // Only a case that has them: older records read as they always did.
    if !record.entries(in: .corrections).isEmpty {
      out += section("corrections", "Corrections", .corrections, in: record)
    }
    if !record.entries(in: .caseHistory).isEmpty {
      out += section("case-history", "Case history", .caseHistory, in: record)
    }
    out += voided(record)
    out += everyEntry(record)
    out += appendix(record)
    out +=
      "</main>\n<footer>\n<p>Generated by parley on \(generated(record)). "
      + "\(h(EvidenceRecord.notice))</p>\n</footer>\n</body>\n</html>\n"
    return out
  }

  static func h(_ text: String) -> String { HTMLEscaping.escape(text) }

  /// The entry's line hash as code, or `unknown` when its line was not found.
  private static func hashCode(_ entry: EvidenceEntry) -> String {
    entry.hash.map { "<code>\(h($0))</code>" } ?? "unknown"
  }

  /// A day as `<time>`, in ISO and in words.
  static func time(_ day: Day) -> String {
    "<time datetime=\"\(day.iso)\">\(h(day.isoAndWords))</time>"
  }

  /// An instant as `<time>`, in UTC with the recording time zone and local time in words.
  private static func time(_ timestamp: Timestamp) -> String {
    "<time datetime=\"\(timestamp.isoUTC)\">\(h(timestamp.recordedLongWords))</time>"
  }

  private static func generated(_ record: EvidenceRecord) -> String { time(record.generatedAt) }

  /// Labelled facts as a definition list; labels and values are HTML already.
  static func factList(_ facts: [(String, String)]) -> String {
    "<dl class=\"facts\">\n"
      + facts.map { "<dt>\($0.0)</dt><dd>\($0.1)</dd>\n" }.joined() + "</dl>\n"
  }

  private static func header(_ record: EvidenceRecord) -> String {
    var facts: [(String, String)] = [("Case", h(record.caseID))]
    facts += record.claimantFacts.map { (h($0.label), h($0.value)) }
    facts.append(("Client", h(record.client)))
    if !record.earlierClientNames.isEmpty {
      facts.append(("Client earlier", record.earlierClientNames.map(h).joined(separator: "; ")))
    }
    if let closure = record.closure {
      facts.append(("Case closed", h(record.closedWords(closure))))
    }
    if let contact = record.contact { facts.append(("Contact", h(contact))) }
    facts += [
      ("Client is", "a \(h(record.debtorKindWords))"),
      ("Jurisdiction", "\(h(record.jurisdictionName)) (\(h(record.jurisdictionID)))"),
      ("Currency", h(record.currency)),
      ("Invoiced", h(record.invoiced.formatted)),
      ("Paid", h(record.paid.formatted)),
      ("Balance", "<strong>\(h(record.balance.formatted))</strong>"),
    ]
    if !record.credit.isZero {
      facts.append(("Paid beyond the invoices", h(record.credit.formatted)))
    }
    facts.append(("Generated", generated(record)))
    return factList(facts)
  }

  private static func journal(_ journal: EvidenceJournal) -> String {
    let verification = journal.verification
    let chain =
      verification.isIntact
      ? "<span class=\"intact\">\(h(verification.sentence))</span>"
      : "<span class=\"broken\">\(h(verification.sentence))</span> Do not rely on this journal "
        + "as evidence until you know why."
    return "<section id=\"journal\">\n<h2>Journal</h2>\n"
      + factList([
        ("File", "<code>\(h(journal.fileName))</code>"),
        ("SHA-256 of the whole file", "<code>\(h(journal.sha256))</code>"),
        ("Hash chain", chain),
        ("Entry hashes", h(EvidenceJournal.entryHashesSentence)),
        ("To check entry N", "<code>\(h(journal.checkCommand))</code>"),
      ]) + "</section>\n"
  }

  private static func invoices(_ record: EvidenceRecord) -> String {
    let columns = InvoiceView.Column.allCases
    var out =
      "<section id=\"invoices\">\n<h2>Invoices</h2>\n<table>\n<thead>\n<tr>"
      + columns.map { "<th>\($0.heading)</th>" }.joined() + "</tr>\n</thead>\n<tbody>\n"
    let today = record.generatedAt.localDay
    for invoice in record.invoices {
      out += "<tr>"
      for column in columns {
        switch column {
        case .issued, .due:
          let day = column == .issued ? invoice.invoice.issued : invoice.invoice.due
          out += "<td>\(time(day))</td>"
        default:
          let text = h(InvoiceView.cell(column, of: invoice, today: today, day: \.iso))
          out += column.isAmount ? "<td class=\"amount\">\(text)</td>" : "<td>\(text)</td>"
        }
      }
      out += "</tr>\n"
    }
    return out + "</tbody>\n</table>\n</section>\n"
  }

  /// The statement at the top: which version this is, and what it leaves out.
  private static func versionStatement(_ record: EvidenceRecord) -> String {
    var out =
      "<section id=\"version\">\n<h2>\(h(record.versionHeading))</h2>\n"
      + "<p>\(h(record.versionOpening))</p>\n"
    if !record.leftOutLines.isEmpty {
      out += "<ul>\n" + record.leftOutLines.map { "<li>\(h($0))</li>\n" }.joined() + "</ul>\n"
    }
    if let closing = record.versionClosing { out += "<p>\(h(closing))</p>\n" }
    return out + "</section>\n"
  }

  /// A section's entries, each under its entry number; nothing when this
  /// version has no such section.
  private static func section(
    _ id: String, _ title: String, _ section: EvidenceSection, in record: EvidenceRecord
  ) -> String {
    guard record.shows(section) else { return "" }
    return "<section id=\"\(id)\">\n<h2>\(title)</h2>\n"
      + blocks(record.entries(in: section), in: record) { "Entry \($0.seq): \(h($0.title))" }
      + "</section>\n"
  }

  /// Each entry under a heading, with its facts; "None." when there are none.
  private static func blocks(
    _ entries: [EvidenceEntry], in record: EvidenceRecord, level: Int = 3,
    heading: (EvidenceEntry) -> String
  ) -> String {
    guard !entries.isEmpty else { return "<p>None.</p>\n" }
    return entries.map { entry in
      "<div class=\"entry\(entry.void == nil ? "" : " void")\" id=\"entry-\(entry.seq)\">\n"
        + "<h\(level)>\(heading(entry))</h\(level)>\n" + facts(entry, in: record) + "</div>\n"
    }.joined()
  }

  /// The facts of one entry, with its full text or the exhibit that holds it.
  private static func facts(_ entry: EvidenceEntry, in record: EvidenceRecord) -> String {
    var facts: [(String, String)] = [
      ("Entry", "\(entry.seq)"),
      ("Recorded", time(entry.recordedAt)),
      ("Journal line SHA-256", hashCode(entry)),
    ]
    if let day = entry.on { facts.append(("On", time(day))) }
    if let amount = entry.amount { facts.append(("Amount", h(amount.formatted))) }
    facts.append(("Summary", h(entry.summary)))
    let exhibit = record.exhibitNumbers[entry.seq]
    if let exhibit { facts.append(("Full text", "see Exhibit \(exhibit)")) }
    for detail in entry.details {
      let value =
        detail.value.contains(where: \.isNewline)
        ? "<pre>\(h(detail.value))</pre>" : h(detail.value)
      facts.append((h(detail.label.capitalizedFirst), value))
    }
    if let void = entry.void {
      facts.append(
        (
          "<span class=\"void-mark\">VOID</span>",
          "cancelled by entry \(void.voidedBy): \(h(void.reason))"
        ))
    }
    if let later = entry.supersededBy {
      facts.append(
        ("<span class=\"void-mark\">SUPERSEDED</span>", "by entry \(later), which corrects it"))
    }
    var out = factList(facts)
    if exhibit == nil, let fullText = entry.fullText, fullText != entry.summary {
      out += "<p>Full text:</p>\n<pre>\(h(fullText))</pre>\n"
    }
    return out
  }

  private static func plans(_ record: EvidenceRecord) -> String {
    var out = "<section id=\"plans\">\n<h2>Plans</h2>\n"
    if record.plans.isEmpty { out += "<p>No plan agreed.</p>\n" }
    for plan in record.plans {
      out += "<h3>\(h(plan.id)): \(h(plan.status))</h3>\n"
      var facts: [(String, String)] = [
        ("Agreed", "\(time(plan.agreedOn)) (entry \(plan.agreedSeq))"),
        ("Schedule", h(plan.schedule)),
      ]
      if let charges = plan.lateCharges { facts.append(("Late charges", h(charges))) }
      for change in plan.revisions + (plan.cancellation.map { [$0] } ?? []) {
        facts.append((h(change.label.capitalizedFirst), h(change.value)))
      }
      out += factList(facts)
      out +=
        "<table>\n<thead>\n<tr><th>#</th><th>Due</th><th>Amount</th><th>Paid</th>"
        + "<th>Status on \(time(record.generatedAt.localDay))</th></tr>\n</thead>\n<tbody>\n"
      for installment in plan.installments {
        out +=
          "<tr><td>\(installment.number)</td><td>\(time(installment.due))</td>"
          + "<td class=\"amount\">\(h(installment.amount.formatted))</td>"
          + "<td class=\"amount\">\(h(installment.paid.formatted))</td>"
          + "<td>\(h(installment.status))</td></tr>\n"
      }
      out += "</tbody>\n</table>\n"
    }
    out += "<h3>Plan entries</h3>\n"
    out += blocks(record.entries(in: .plans), in: record, level: 4) {
      "Entry \($0.seq): \(h($0.title))"
    }
    return out + "</section>\n"
  }

  private static func voided(_ record: EvidenceRecord) -> String {
    var out =
      "<section id=\"voided\">\n<h2>Voided entries</h2>\n"
      + "<p>Voided entries stay in the journal and in this record, marked void.</p>\n"
    guard !record.voidedEntries.isEmpty else { return out + "<p>None.</p>\n</section>\n" }
    out += "<ul>\n"
    for entry in record.voidedEntries {
      guard let void = entry.void else { continue }
      out +=
        "<li>Entry \(entry.seq) (\(h(entry.title))): \(h(entry.line)). "
        + "<span class=\"void-mark\">Voided</span> by entry \(void.voidedBy): "
        + "\(h(void.reason))</li>\n"
    }
    return out + "</ul>\n</section>\n"
  }

  private static func everyEntry(_ record: EvidenceRecord) -> String {
    var out =
      "<section id=\"journal-entries\">\n<h2>\(h(record.entriesHeading))</h2>\n<table>\n<thead>\n"
      + "<tr><th>#</th><th>Recorded (UTC)</th><th>Time zone</th><th>Kind</th><th>What</th>"
      + "<th>Void</th><th>Journal line SHA-256</th></tr>\n</thead>\n<tbody>\n"
    for entry in record.entries {
      let void =
        entry.void.map { "<span class=\"void-mark\">void</span> (entry \($0.voidedBy))" }
        ?? entry.supersededBy.map { "superseded (entry \($0))" } ?? ""
      let exhibit = record.exhibitNumbers[entry.seq].map { " (Exhibit \($0))" } ?? ""
      out +=
        "<tr><td>\(entry.seq)</td>"
        + "<td><time datetime=\"\(entry.recordedAt.isoUTC)\">\(entry.recordedAt.isoUTC)</time></td>"
        + "<td>\(h(entry.recordedAt.timeZoneID))</td><td>\(h(entry.title))</td>"
        + "<td>\(h(entry.line))\(exhibit)</td><td>\(void)</td><td>\(hashCode(entry))</td></tr>\n"
    }
    return out + "</tbody>\n</table>\n</section>\n"
  }
}
