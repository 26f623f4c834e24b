import Testing

@testable import ParleyKit

@Suite struct EncodedWordTests {
  @Test func base64UTF8() {
    #expect(EncodedWord.decode("=?UTF-8?B?UmVjaG51bmcg4oKsIDEyMA==?=") == "Rechnung € 120")
  }

  @Test func quotedPrintableLatin1WithUnderscoreAsSpace() {
    #expect(EncodedWord.decode("=?ISO-8859-1?Q?Caf=E9_cr=E8me?=") == "Café crème")
  }

  @Test func windows1252CurlyQuotesAndEuro() {
    #expect(EncodedWord.decode("=?windows-1252?Q?=93Paid=94_=80100?=") == "“Paid” €100")
  }

  @Test func adjacentWordsJoinWithoutTheWhitespace() {
    #expect(EncodedWord.decode("=?UTF-8?Q?a?= =?UTF-8?Q?b?=\r\n =?UTF-8?Q?c?=") == "abc")
    #expect(EncodedWord.decode("Re: =?UTF-8?Q?caf=C3=A9?= bill") == "Re: café bill")
  }

  @Test func unknownCharsetsAndBrokenWordsStayAsWritten() {
    #expect(EncodedWord.decode("=?KOI8-R?B?8NLJ18XU?=") == "=?KOI8-R?B?8NLJ18XU?=")
    #expect(EncodedWord.decode("=?UTF-8?X?abc?=") == "=?UTF-8?X?abc?=")
    #expect(EncodedWord.decode("=?UTF-8?B?abc") == "=?UTF-8?B?abc")
    #expect(EncodedWord.decode("what? =? no") == "what? =? no")
  }

  @Test func charsetsDecodeTheirBytes() {
    #expect(MailCharset.decode([0x63, 0x61, 0x66, 0xC3, 0xA9][...], charset: "utf-8") == "café")
    #expect(MailCharset.decode([0xA3, 0x35][...], charset: "latin1") == "£5")
    #expect(MailCharset.decode([0x96, 0x85, 0x99][...], charset: "Windows-1252") == "–…™")
    #expect(MailCharset.decode([0x41][...], charset: "US-ASCII") == "A")
    #expect(MailCharset.decode([0x41][...], charset: "x-unknown") == nil)
  }

  @Test func undeclaredBytesAreUTF8ElseWindows1252() {
    #expect(MailCharset.text([0xE2, 0x82, 0xAC][...]) == "€")
    #expect(MailCharset.text([0x80, 0x20, 0xE9][...]) == "€ é")
  }
}
