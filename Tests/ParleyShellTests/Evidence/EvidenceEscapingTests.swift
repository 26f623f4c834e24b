import Testing

@testable import ParleyShell

@Suite("Evidence: escaping for Markdown and HTML")
struct EvidenceEscapingTests {
  static let markdown: [(String, String)] = [
    ("Acme & Sons", "Acme & Sons"),
    ("AT&T &amp; co", #"AT\&T \&amp; co"#),
    ("<script>alert(1)</script>", #"\<script\>alert(1)\</script\>"#),
    ("a | b", #"a \| b"#),
    ("*bold* _it_ `code` [link](x) ~~del~~", #"\*bold\* \_it\_ \`code\` \[link\](x) \~\~del\~\~"#),
    ("back\\slash", #"back\\slash"#),
    ("two\nlines\r\nhere", "two lines here"),
    ("£1,200.50 — 🚀 \"quoted\"", "£1,200.50 — 🚀 \"quoted\""),
  ]

  @Test(
    "inline Markdown: markup characters escaped, line breaks become spaces", arguments: markdown)
  func inline(text: String, expected: String) {
    #expect(MarkdownEscaping.inline(text) == expected)
  }

  @Test("a fenced block is longer than any run of ~ in the text, and keeps it verbatim")
  func fenced() {
    #expect(MarkdownEscaping.fenced("plain") == "~~~text\nplain\n~~~\n")
    #expect(MarkdownEscaping.fenced("a\n~~~~~\nb\n") == "~~~~~~text\na\n~~~~~\nb\n~~~~~~\n")
    #expect(MarkdownEscaping.fenced("```\n<b>") == "~~~text\n```\n<b>\n~~~\n")
  }

  @Test("HTML: & < > \" ' become references; everything else, emoji included, is kept")
  func html() {
    #expect(
      HTMLEscaping.escape(#"<a href="x">'Tom' & Jerry</a> 🚀👩🏽‍💼"#)
        == "&lt;a href=&quot;x&quot;&gt;&#39;Tom&#39; &amp; Jerry&lt;/a&gt; 🚀👩🏽‍💼")
    #expect(HTMLEscaping.escape("&amp;") == "&amp;amp;")
    #expect(HTMLEscaping.escape("") == "")
  }
}
