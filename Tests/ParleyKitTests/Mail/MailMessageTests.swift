import Testing

@testable import ParleyKit

@Suite struct MailMessageTests {
  private func parse(_ text: String) throws -> MailMessage {
    try MailMessage.parse(Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8))
  }

  @Test func aPlainMessageGivesEveryField() throws {
    let message = try parse(
      """
      From: "Lee, Ann" <Ann@Example.com>
      To: bob@b.c, Carol <carol@b.c>
      Cc: dave@b.c
      Subject: =?UTF-8?Q?Invoice_=E2=84=96_42?=
      Date: Fri, 4 Dec 2026 10:15:00 +0000
      Message-ID: <m2@example.com>
      In-Reply-To: <m1@example.com>
      References: <m0@example.com>
       <m1@example.com>

      Hello Bob,
      please pay.
      """)
    #expect(message.from == [MailAddress(name: "Lee, Ann", address: "ann@example.com")])
    #expect(message.to.map(\.address) == ["bob@b.c", "carol@b.c"])
    #expect(message.cc.map(\.address) == ["dave@b.c"])
    #expect(message.subject == "Invoice № 42")
    #expect(message.date?.timestamp.secondsSince1970 == 1_796_379_300)
    #expect(message.messageID == "m2@example.com")
    #expect(message.inReplyTo == ["m1@example.com"])
    #expect(message.references == ["m0@example.com", "m1@example.com"])
    #expect(message.text == "Hello Bob,\nplease pay.")
    #expect(message.attachmentNames.isEmpty)
  }

  @Test func quotedPrintableSoftBreaksAndCharset() throws {
    let message = try parse(
      """
      From: a@b.c
      Content-Type: text/plain; charset="ISO-8859-1"
      Content-Transfer-Encoding: quoted-printable

      Caf=E9 bill of =A3120, a very long line that the sender's mailer wrapped=
       here.  \n=3D done
      """)
    #expect(
      message.text
        == "Café bill of £120, a very long line that the sender's mailer wrapped here.\n= done")
  }

  @Test func base64WithLineBreaks() throws {
    let message = try parse(
      """
      From: a@b.c
      Content-Type: TEXT/PLAIN; CHARSET=utf-8
      Content-Transfer-Encoding: BASE64

      UGF5bWVudCBvZiDigqwxMjAgaXMgb3Zl
      cmR1ZS4=
      """)
    #expect(message.text == "Payment of €120 is overdue.")
  }

  @Test func alternativePrefersThePlainPart() throws {
    let message = try parse(
      """
      From: a@b.c
      Content-Type: multipart/alternative; boundary="b1"

      preamble
      --b1
      Content-Type: text/html

      <p>HTML</p>
      --b1
      Content-Type: text/plain

      Plain words
      --b1--
      epilogue
      """)
    #expect(message.text == "Plain words")
  }

  @Test func htmlOnlyBecomesReadableText() throws {
    let message = try parse(
      """
      From: a@b.c
      Content-Type: text/html; charset=utf-8

      <html><head><title>Statement</title><style>p { color: red }</style><script>alert(1)</script></head>
      <body><p>Dear   Ann,</p><div>Tom &amp; Jerry&nbsp;owe &pound;5 &#8217;n&#x2019;</div>
      <ul><li>one</li><li>two</li></ul>line<br>break<!-- hidden --></body></html>
      """)
    #expect(message.text == "Dear Ann,\nTom & Jerry owe £5 ’n’\none\ntwo\nline\nbreak")
  }

  @Test func nestedMixedWithAttachments() throws {
    let message = try parse(
      """
      From: a@b.c
      Content-Type: multipart/mixed; boundary=outer

      --outer
      Content-Type: multipart/alternative; boundary="inner"

      --inner
      Content-Type: text/plain; charset=utf-8

      See attached.
      --inner
      Content-Type: text/html

      <b>See attached.</b>
      --inner--
      --outer
      Content-Type: application/pdf; name="invoice 42.pdf"
      Content-Transfer-Encoding: base64

      JVBERi0=
      --outer
      Content-Type: application/octet-stream
      Content-Disposition: attachment; filename*=UTF-8''%E2%82%AC%20receipt.txt

      x
      --outer
      Content-Type: image/png
      Content-Disposition: attachment;
       filename="=?UTF-8?B?w6l0w6kucG5n?="

      x
      --outer
      Content-Type: text/plain
      Content-Disposition: attachment; filename*0*=UTF-8''long%20;
       filename*1="name.txt"

      x
      --outer--
      """)
    #expect(message.text == "See attached.")
    #expect(
      message.attachmentNames == ["invoice 42.pdf", "€ receipt.txt", "été.png", "long name.txt"])
  }

  @Test func aForwardedMessageIsReadAfterTheTextThatForwardsIt() throws {
    let message = try parse(
      """
      From: a@b.c
      Content-Type: multipart/mixed; boundary=f

      --f
      Content-Type: message/rfc822

      From: =?UTF-8?Q?Zo=C3=AB?= <client@b.c>
      Date: Mon, 23 Nov 2026 10:41:00 +0000
      Subject: =?UTF-8?Q?We_will_pay_=E2=82=AC120?=
      Content-Type: multipart/mixed; boundary=g

      --g
      Content-Type: text/plain; format=flowed

      We will pay on 27\u{20}
      November.
      --g
      Content-Type: application/pdf; name="PO 7781.pdf"

      x
      --g--
      --f

      See below.
      --f--
      """)
    #expect(
      message.text == """
        See below.

        ---------- Forwarded message ----------
        From: Zoë <client@b.c>
        Date: Mon, 23 Nov 2026 10:41:00 +0000
        Subject: We will pay €120

        We will pay on 27 November.
        """)
    #expect(message.attachmentNames == ["PO 7781.pdf"])
  }

  @Test func aMessageForwardedAsANamedFileStaysAFile() throws {
    let message = try parse(
      """
      From: a@b.c
      Content-Type: multipart/mixed; boundary=f

      --f

      Two messages.
      --f
      Content-Type: message/rfc822; name="Supplier form.eml"
      Content-Disposition: attachment; filename="Supplier form.eml"

      From: client@b.c
      Subject: Supplier form

      Please fill in the form.
      --f
      Content-Type: message/rfc822
      Content-Disposition: attachment

      From: client@b.c
      Subject: Paid

      Paid today.
      --f--
      """)
    #expect(message.attachmentNames == ["Supplier form.eml"])
    #expect(!message.text.contains("Please fill in the form"))
    #expect(message.text.hasSuffix("Subject: Paid\n\nPaid today."), "no file name: read as text")
  }

  @Test func anUnreadableForwardedMessageIsListedUnderItsSubject() throws {
    let message = try parse(
      """
      From: a@b.c
      Content-Type: multipart/mixed; boundary=f

      --f

      See below.
      --f
      Content-Type: message/rfc822

      Subject: =?UTF-8?Q?We_will_pay_=E2=82=AC120?=
      Content-Type: multipart/mixed

      Promise.
      --f--
      """)
    #expect(message.text == "See below.")
    #expect(message.attachmentNames == ["We will pay €120.eml"])
  }

  @Test func forwardedMessagesNestNoDeeperThanAnyPart() {
    var text = "From: a@b.c\r\n"
    for _ in 0..<200 {
      text += "Content-Type: message/rfc822\r\n\r\nFrom: a@b.c\r\n"
    }
    #expect(throws: MailError.nestedTooDeeply(limit: MIMEEntity.depthLimit)) {
      try MailMessage.parse(Array(text.utf8))
    }
  }

  @Test func parametersAreCaseInsensitiveAndQuoted() {
    let value = MIMEHeaderValue("Multipart/Mixed; BOUNDARY=\"a; b\" ; Charset = utf-8")
    #expect(value.value == "multipart/mixed")
    #expect(value.parameters == ["boundary": "a; b", "charset": "utf-8"])
  }

  @Test func userFacingErrors() {
    #expect(throws: MailError.empty) { try MailMessage.parse([]) }
    #expect(throws: MailError.noHeaders) { try parse("just some text\nwith no fields") }
    #expect(throws: MailError.missingBoundary(contentType: "multipart/mixed")) {
      try parse("From: a@b.c\nContent-Type: multipart/mixed\n\nbody")
    }
    #expect(throws: MailError.boundaryNotFound(boundary: "zz")) {
      try parse("From: a@b.c\nContent-Type: multipart/mixed; boundary=zz\n\nbody")
    }
    #expect(throws: MailError.undecodableBase64(part: "text/plain")) {
      try parse("From: a@b.c\nContent-Transfer-Encoding: base64\n\nnot*base64!")
    }
    #expect(MailError.noHeaders.message.contains("no header lines"))
  }

  @Test func aTruncatedMultipartKeepsWhatItHas() throws {
    let message = try parse(
      "From: a@b.c\nContent-Type: multipart/mixed; boundary=q\n\n--q\n\nfirst part\n--q\n\nsecond")
    #expect(message.text == "first part\n\nsecond")
  }
}
