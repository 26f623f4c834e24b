import Foundation
import ParleyKit
import ParleyStore

/// A workspace of clients and a mailbox among them, for the import benchmark.
enum MailSamples {
  /// `clients` cases, each reachable at its own domain with one invoice.
  static func cases(_ clients: Int) throws -> [(id: String, state: CaseState)] {
    let day = Day(year: 2026, month: 9, day: 1) ?? .unixEpoch
    return try (0..<clients).map { index in
      let events: [CaseEvent] = [
        .caseOpened(
          .init(
            client: "Client \(index)", contact: "ap@client\(index).example",
            debtorKind: .business, jurisdiction: "gb-ewl", currency: "GBP")),
        .invoiceAdded(
          .init(
            number: "INV-\(1000 + index)", amount: Money(minorUnits: 100_000, currency: .gbp),
            issued: day, due: day.adding(days: 30))),
      ]
      let recorded = events.enumerated().map {
        RecordedEvent(seq: $0 + 1, recordedAt: Benchmarks.stamp, event: $1)
      }
      return ("client-\(index)", try CaseState(events: recorded))
    }
  }

  /// `count` messages: a third from clients, in threads; a third from each
  /// client's bookkeeper, naming the invoice; a third newsletters no case claims; each
  /// carries a PDF of `attachmentBytes` bytes when that is not zero.
  static func items(_ count: Int, clients: Int, attachmentBytes: Int = 0) -> [MailImportItem] {
    let attachment = base64Attachment(bytes: attachmentBytes)
    return (0..<count).map { index in
      let client = index % clients
      let from: String
      var body = "Hello, about the invoice. We will pay by Friday.\nKim\n"
      var headers = [
        "To: sam@bakerdesign.example", "Subject: Message \(index)",
        "Date: Thu, 15 Oct 2026 \(10 + index % 10):\(10 + index % 50):00 +0100",
        "Message-ID: <m\(index)@bench.example>",
      ]
      switch index % 3 {
      case 0: from = "ap@client\(client).example"
      case 1:
        from = "books@accounts\(client).example"
        body = "Payment of invoice INV-\(1000 + client) is scheduled.\n"
      default: from = "news\(index)@shop.example"
      }
      // A reply to the client's previous message (150 is a multiple of both 3 and 50).
      if index >= 150 && index % 3 == 0 {
        headers.append("In-Reply-To: <m\(index - 150)@bench.example>")
      }
      if attachmentBytes > 0 {
        headers.append("Content-Type: multipart/mixed; boundary=\"b\(index)\"")
        body =
          "--b\(index)\nContent-Type: text/plain; charset=utf-8\n\n\(body)\n--b\(index)\n"
          + "Content-Type: application/pdf\nContent-Disposition: attachment; "
          + "filename=\"invoice-\(index).pdf\"\nContent-Transfer-Encoding: base64\n\n"
          + attachment + "\n--b\(index)--\n"
      }
      let text = (["From: \(from)"] + headers).joined(separator: "\n") + "\n\n" + body
      return MailImportItem(
        number: index + 1, source: "bench.mbox, message \(index + 1)", bytes: Array(text.utf8))
    }
  }

  /// Base64 of `bytes` pseudo-random bytes in 76-column lines, as a mailer
  /// writes an attachment.
  private static func base64Attachment(bytes: Int) -> String {
    guard bytes > 0 else { return "" }
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    let data = (0..<bytes).map { _ -> UInt8 in
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return UInt8(truncatingIfNeeded: state >> 56)
    }
    let encoded = Array(Data(data).base64EncodedString().utf8)
    return stride(from: 0, to: encoded.count, by: 76).map {
      String(decoding: encoded[$0..<min($0 + 76, encoded.count)], as: UTF8.self)
    }.joined(separator: "\n")
  }

  /// Writes `clients` cases and the user's address into `workspace`, and an
  /// mbox of `count` messages (each with `attachmentKB` KiB of PDF) at `mbox`.
  static func write(
    workspace: Workspace, clients: Int, mbox: URL, count: Int, attachmentKB: Int
  ) throws {
    for (_, state) in try cases(clients) {
      var journal = try workspace.createCase(state.opened, at: Benchmarks.stamp)
      try journal.append(
        contentsOf: state.invoices.map { .invoiceAdded($0.invoice) }, at: Benchmarks.stamp)
    }
    try workspace.saveSender(SenderDetails(email: "sam@bakerdesign.example"))
    var text = ""
    for item in items(count, clients: clients, attachmentBytes: attachmentKB * 1024) {
      text += "From sender@bench.example Thu Oct 15 10:00:00 2026\n"
      text += String(decoding: item.bytes, as: UTF8.self) + "\n"
    }
    try text.write(to: mbox, atomically: true, encoding: .utf8)
  }
}
