import ParleyKit

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

  /// `count` messages: a third to and from clients in threads, a third naming
  /// an invoice from elsewhere, a third newsletters no case claims.
  static func items(_ count: Int, clients: Int) -> [MailImportItem] {
    (0..<count).map { index in
      let client = index % clients
      let from: String
      var headers: [String] = []
      switch index % 3 {
      case 0: from = "ap@client\(client).example"
      case 1:
        from = "books@accountants.example"
        headers.append("Subject: Payment of INV-\(1000 + client)")
      default: from = "news\(index)@shop.example"
      }
      if index >= 3 && index % 3 == 0 {
        headers.append("In-Reply-To: <m\(index - 3)@bench.example>")
      }
      let text =
        ([
          "From: \(from)", "To: sam@bakerdesign.example", "Subject: Message \(index)",
          "Date: Thu, 15 Oct 2026 \(10 + index % 10):\(10 + index % 50):00 +0100",
          "Message-ID: <m\(index)@bench.example>",
        ] + headers).joined(separator: "\n")
        + "\n\nHello, about the invoice. We will pay by Friday.\nKim\n"
      return MailImportItem(
        number: index + 1, source: "bench.mbox, message \(index + 1)", bytes: Array(text.utf8))
    }
  }
}
