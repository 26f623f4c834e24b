import Testing

@testable import ParleyKit

@Suite struct MailHeadersTests {
  private func read(_ text: String) -> (MailHeaders, String) {
    let bytes = Array(text.utf8)
    let (headers, start) = MailHeaders.read(bytes[...])
    return (headers, String(decoding: bytes[start...], as: UTF8.self))
  }

  @Test func crlfAndLfLineEndsReadTheSame() {
    let (crlf, crlfBody) = read("From: a@b.c\r\nSubject: Hi\r\n\r\nBody\r\n")
    let (lf, lfBody) = read("From: a@b.c\nSubject: Hi\n\nBody\n")
    #expect(crlf == lf)
    #expect(crlf.first("subject") == "Hi")
    #expect(crlfBody == "Body\r\n")
    #expect(lfBody == "Body\n")
  }

  @Test func foldedLinesAreUnfolded() {
    let (headers, _) = read("Subject: a long\r\n  subject\r\n\tline\r\n\r\n")
    #expect(headers.first("Subject") == "a long  subject\tline")
  }

  @Test func namesAreCaseInsensitiveAndRepeatsKeepOrder() {
    let (headers, _) = read("Received: one\nRECEIVED: two\nreceived: three\nX: y\n\n")
    #expect(headers.values("received") == ["one", "two", "three"])
    #expect(headers.first("x") == "y")
    #expect(headers.first("Missing") == nil)
  }

  @Test func theBlockEndsAtTheFirstEmptyLine() {
    let (headers, body) = read("A: 1\n\nB: 2\n")
    #expect(headers.fields == [MailHeaders.Field(name: "A", value: "1")])
    #expect(body == "B: 2\n")
  }

  @Test func withNoEmptyLineEverythingIsHeaders() {
    let (headers, body) = read("A: 1\nB: 2")
    #expect(headers.fields.count == 2)
    #expect(body.isEmpty)
  }

  @Test func anMboxFromLineIsSkipped() {
    let (headers, _) = read("From ann@example.com Fri Dec  4 10:15:00 2026\nSubject: x\n\n")
    #expect(headers.fields == [MailHeaders.Field(name: "Subject", value: "x")])
  }
}
