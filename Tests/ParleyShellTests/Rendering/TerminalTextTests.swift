import Testing

@testable import ParleyShell

@Suite("TerminalText: nothing from outside can drive the terminal")
struct TerminalTextTests {
  @Test(
    "escape sequences and control characters are shown, not obeyed",
    arguments: [
      ("clip \u{1B}]52;c;aGVsbG8=\u{07} done", "clip ^[]52;c;aGVsbG8=^G done"),
      ("\u{1B}]0;pwned\u{07}", "^[]0;pwned^G"),
      ("clear\u{1B}[2J", "clear^[[2J"),
      ("over\rwrite", "over^Mwrite"),
      ("csi\u{9B}31m", "csi<U+009B>31m"),
      ("evil \u{202E}txt.exe", "evil <U+202E>txt.exe"),
      ("del\u{7F}", "del^?"),
      ("forged colour \u{E01B}[31m", "forged colour <U+E01B>[31m"),
      ("guessed key \u{E01B}zzzzzzzz[31m", "guessed key <U+E01B>zzzzzzzz[31m"),
    ])
  func escaped(_ text: String, _ shown: String) {
    #expect(TerminalText.safe(text) == shown)
  }

  @Test("ordinary text, tabs, newlines and CRLF line ends pass unchanged")
  func plainTextUnchanged() {
    for text in ["Dear Sam,\n\tthanks — £1,200 ✓", "line\r\nnext", "日本語 🙂", ""] {
      #expect(TerminalText.safe(text) == text)
    }
  }

  @Test("parley's own colours become real escapes; only colour sequences do")
  func ownColours() {
    let red = Style(isColored: true).red("BROKEN")
    #expect(TerminalText.safe(red) == "\u{1B}[31mBROKEN\u{1B}[0m")
    #expect(TerminalText.safe(red, resolvingStyle: false) == red)
    #expect(TerminalText.safe("\u{E01B}]0;title\u{07}") == "<U+E01B>]0;title^G")
  }
}

@Suite("Error messages quote a short excerpt of a bad value")
struct ExcerptTests {
  @Test("a long quoted value is cut, with its length; apostrophes in words are left alone")
  func longValues() {
    let long = String(repeating: "x", count: 131_000)
    let message = "'\(long)' is not an amount; write it like 1200.50".withShortExcerpts
    #expect(message.count < 200)
    #expect(message.hasSuffix("… (131000 characters)' is not an amount; write it like 1200.50"))
    let plain = "the case's journal doesn't verify; it's safe to 'retry' now"
    #expect(plain.withShortExcerpts == plain)
  }
}
