import ParleyKit

/// A draft as a printable HTML letter: the body's blocks as paragraphs
/// (the letterhead and addresses as they stand), each enclosed page on a
/// page of its own, and page numbers in print.
///
/// Like the evidence export, it has inline styles, no scripts and nothing
/// fetched from elsewhere, so it opens and prints anywhere.
enum DraftHTML {
  /// The page's style sheet: a letter on screen and on A4 or Letter paper.
  static let styleSheet = """
    body { font: 11pt/1.5 Georgia, "Times New Roman", serif; max-width: 44em; margin: 2em auto;
      padding: 0 1em; color: #111; }
    p { margin: 0 0 1em; white-space: pre-line; }
    h1 { font-size: 13pt; margin: 1.5em 0 1em; }
    h2 { font-size: 12pt; }
    .enclosure { break-before: page; page-break-before: always; }
    @page { margin: 20mm 18mm; @bottom-right { content: "Page " counter(page) " of " counter(pages); } }
    @media print { body { margin: 0; max-width: none; } }
    """

  /// The HTML document for `draft`.
  static func render(_ draft: Draft) -> String {
    let title = HTMLEscaping.escape(draft.subject ?? draft.kind.title)
    let paragraphs = draft.body.components(separatedBy: "\n\n").map {
      "<p>\(HTMLEscaping.escape($0))</p>"
    }
    var sections = [paragraphs.joined(separator: "\n")]
    for attachment in draft.attachments {
      let rows = attachment.lines.map(HTMLEscaping.escape).joined(separator: "\n")
      sections.append(
        "<section class=\"enclosure\">\n<h2>\(HTMLEscaping.escape(attachment.title))</h2>\n"
          + "<p>\(rows)</p>\n</section>")
    }
    return """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
      <title>\(title)</title>
      <style>
      \(styleSheet)
      </style>
      </head>
      <body>
      <h1>\(title)</h1>
      \(sections.joined(separator: "\n"))
      </body>
      </html>

      """
  }
}
