import Testing

@testable import ParleyKit

/// `format=flowed` text (RFC 3676), as Thunderbird and Apple Mail send it.
@Suite struct FlowedTextTests {
  private func parse(_ contentType: String, _ body: String) throws -> MailMessage {
    try MailMessage.parse(Array("From: a@b.c\nContent-Type: \(contentType)\n\n\(body)".utf8))
  }

  @Test func softBreaksJoinIntoTheLinesTheWriterTyped() {
    let text =
      "Hello Dana,\n\nPayment is \ndue within 30 days, by 14 \nNovember.\n\nBest wishes,\nSam"
    #expect(
      FlowedText.unflowed(text, deletingSpace: false)
        == "Hello Dana,\n\nPayment is due within 30 days, by 14 November.\n\nBest wishes,\nSam")
  }

  @Test func spaceStuffingIsRemoved() {
    #expect(
      FlowedText.unflowed(" From the start\n  indented\n >not a quote", deletingSpace: false)
        == "From the start\n indented\n>not a quote")
  }

  @Test func delSpYesRemovesTheSpaceTheSenderAddedForTheBreak() {
    let text = "pay at https://pay.example/inv \noice?n=42 or by  \ntransfer"
    #expect(
      FlowedText.unflowed(text, deletingSpace: true)
        == "pay at https://pay.example/invoice?n=42 or by transfer")
    #expect(
      FlowedText.unflowed(text, deletingSpace: false)
        == "pay at https://pay.example/inv oice?n=42 or by  transfer")
  }

  @Test func theSignatureSeparatorIsNeverJoined() {
    #expect(
      FlowedText.unflowed("Thanks, \nSam \n-- \nBaker Design", deletingSpace: false)
        == "Thanks, Sam \n-- \nBaker Design")
  }

  @Test func quotedLinesJoinOnlyAtTheSameDepth() {
    let text = "> Thanks for the \n> invoice.\n>> We pay on \n> the 20th.\n>\n> Dana"
    #expect(
      FlowedText.unflowed(text, deletingSpace: false)
        == "> Thanks for the invoice.\n>> We pay on \n> the 20th.\n>\n> Dana")
  }

  /// A stray space before a blank line must not swallow the paragraph break.
  @Test func anEmptyLineEndsAParagraph() {
    #expect(
      FlowedText.unflowed("First paragraph \n\nSecond", deletingSpace: false)
        == "First paragraph \n\nSecond")
  }

  @Test func aFlowedPartIsReadFlowedThroughTheMessage() throws {
    let flowed = try parse(
      "text/plain; charset=UTF-8; Format=Flowed; DelSp=Yes",
      "I could not see it in the pay \nment run, and it is now  \nlate.\n")
    #expect(flowed.text == "I could not see it in the payment run, and it is now late.")
    let quotedPrintable = try MailMessage.parse(
      Array(
        ("From: a@b.c\nContent-Type: text/plain; format=flowed; delsp=yes\n"
          + "Content-Transfer-Encoding: quoted-printable\n\nthe October retainer, =20\n=C2=A33,200.00")
          .utf8))
    #expect(quotedPrintable.text == "the October retainer, £3,200.00")
  }

  @Test func aMessageThatIsNotFlowedKeepsItsLines() throws {
    let body = "Line one ends in a space \nline two\n From here"
    #expect(try parse("text/plain; charset=utf-8", body).text == body)
    #expect(try parse("text/plain; format=fixed", body).text == body)
  }
}
