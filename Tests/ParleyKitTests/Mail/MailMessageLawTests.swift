import Testing

@testable import ParleyKit

/// Laws over many generated messages: what a mailer writes, the reader reads back.
@Suite struct MailMessageLawTests {
  private static let words = [
    "invoice", "paid", "Rechnung", "café", "naïve", "€120", "£5", "日本", "Zoë", "Ørsted",
    "façade", "—", "x=y", "100%", "über", "“quoted”", "rené", "Łódź", "ok.", "a_b",
  ]
  private static let names = ["Ann", "Zoë", "Müller", "Łukasz", "Renée", "O'Brien", "Bob", "Søren"]

  private func phrase(_ count: ClosedRange<Int>, _ pool: [String], _ rng: inout SeededGenerator)
    -> String
  {
    (0..<Int.random(in: count, using: &rng)).map { _ in
      pool[Int.random(in: 0..<pool.count, using: &rng)]
    }
    .joined(separator: " ")
  }

  private func encodedHeader(_ text: String, _ rng: inout SeededGenerator) -> String {
    switch Int.random(in: 0..<3, using: &rng) {
    case 0: return MailTestEncoder.qWord(text)
    case 1: return MailTestEncoder.bWord(text)
    default: return text  // raw UTF-8 (RFC 6532)
    }
  }

  @Test func dateSenderSubjectAndTextSurviveEncoding() throws {
    var rng = SeededGenerator(seed: 0x6D61_696C)
    for round in 0..<300 {
      let subject = phrase(1...6, Self.words, &rng)
      let name = phrase(1...3, Self.names, &rng)
      let body = (0..<Int.random(in: 1...8, using: &rng)).map { _ in
        phrase(1...30, Self.words, &rng)
      }.joined(separator: "\n")
      let seconds = Int64.random(in: 0...4_102_444_800, using: &rng)
      let offsetMinutes = Int.random(in: -12 * 60...14 * 60, using: &rng) / 15 * 15
      let date = try dateText(seconds: seconds, offsetMinutes: offsetMinutes)
      let (encoding, encodedBody): (String, String)
      switch Int.random(in: 0..<3, using: &rng) {
      case 0: (encoding, encodedBody) = ("quoted-printable", MailTestEncoder.quotedPrintable(body))
      case 1: (encoding, encodedBody) = ("base64", MailTestEncoder.base64(Array(body.utf8)))
      default: (encoding, encodedBody) = ("8bit", body.replacingOccurrences(of: "\n", with: "\r\n"))
      }
      var part =
        "Content-Type: text/plain; charset=\"utf-8\"\r\nContent-Transfer-Encoding: \(encoding)\r\n\r\n"
        + encodedBody
      var contentHeaders = ""
      if Bool.random(using: &rng) {
        contentHeaders = "Content-Type: multipart/alternative; boundary=\"=_b\(round)\"\r\n"
        part =
          "preamble\r\n--=_b\(round)\r\n\(part)\r\n--=_b\(round)\r\nContent-Type: text/html\r\n\r\n"
          + "<p>other</p>\r\n--=_b\(round)--\r\n"
      } else {
        let headerEnd = try #require(part.range(of: "\r\n\r\n"))
        contentHeaders = String(part[..<headerEnd.lowerBound]) + "\r\n"
        part = String(part[headerEnd.upperBound...])
      }
      let message =
        "From: \(encodedHeader(name, &rng)) <Sender\(round)@Example.com>\r\n"
        + "Subject: \(encodedHeader(subject, &rng))\r\nDate: \(date)\r\nMIME-Version: 1.0\r\n"
        + contentHeaders + "\r\n" + part
      let parsed = try MailMessage.parse(Array(message.utf8))
      #expect(parsed.date?.timestamp.secondsSince1970 == seconds, "round \(round): \(date)")
      #expect(parsed.date?.offsetSeconds == (offsetMinutes == 0 ? 0 : offsetMinutes * 60))
      #expect(parsed.from == [MailAddress(name: name, address: "sender\(round)@example.com")])
      #expect(parsed.subject == subject, "round \(round)")
      #expect(parsed.text == body, "round \(round)")
    }
  }

  /// The RFC 5322 form of an instant seen at a UTC offset.
  private func dateText(seconds: Int64, offsetMinutes: Int) throws -> String {
    let local = seconds + Int64(offsetMinutes * 60)
    let days = Int(local).floorDivided(by: 86_400)
    let secondOfDay = Int(local - Int64(days) * 86_400)
    let day = try #require(Day(daysSince1970: days))
    let months = [
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    let sign = offsetMinutes < 0 ? "-" : "+"
    let zone = "\(sign)\(two(abs(offsetMinutes) / 60))\(two(abs(offsetMinutes) % 60))"
    return
      "\(day.day) \(months[day.month - 1]) \(day.year) \(two(secondOfDay / 3600)):"
      + "\(two(secondOfDay / 60 % 60)):\(two(secondOfDay % 60)) \(zone)"
  }
}
