import Foundation
import ParleyKit
import ParleyStore

/// The benchmarks parley-bench knows.
enum Benchmarks {
  static var all: [Benchmark] {
    [
      Benchmark(name: "money-parse", unit: "parse 8 amounts in several notations") {
        let inputs = [
          "£1,200.50", "1200.5 GBP", "EUR 99", "€1.200,50", "1.2k", "$40", "¥5000", "1 200,50 SEK",
        ]
        return {
          for input in inputs { _ = try MoneyParser.parse(input, defaultCurrency: .gbp) }
        }
      },
      Benchmark(name: "day-parse", unit: "parse 8 dates in several forms") {
        let today = Day(year: 2026, month: 11, day: 29) ?? .unixEpoch
        let inputs = [
          "2027-01-15", "15 Jan", "15 January 2027", "15/01/2027", "tomorrow", "next friday",
          "in 2 weeks", "end of month",
        ]
        return {
          for input in inputs { _ = try DayParser.parse(input, today: today, order: .dayFirst) }
        }
      },
      Benchmark(
        name: "plan-propose", unit: "a full proposal set for £10,000 with both sides' facts"
      ) {
        let today = Day(year: 2026, month: 11, day: 29) ?? .unixEpoch
        let gbp = { (pounds: Int64) in Money(minorUnits: pounds * 100, currency: .gbp) }
        var flow = CashFlow()
        flow.mine = MyCashFlow(
          need: gbp(3_000), needBy: Day(year: 2026, month: 12, day: 31),
          restBy: Day(year: 2027, month: 9, day: 30), keepClient: true)
        flow.theirs = TheirCashFlow(
          capacity: PaymentCapacity(amount: gbp(900), per: .month),
          capacityFrom: Day(year: 2027, month: 1, day: 1), lumpSum: gbp(1_000),
          reason: "their own customer paid late", improvesOn: Day(year: 2027, month: 4, day: 1))
        let policy = PlanPolicy(
          lateCharges: LateCharges(amount: gbp(70), treatment: .waivedIfKept))
        return {
          let options = try PlanProposer.propose(
            balance: gbp(10_000), cashFlow: flow, today: today, policy: policy)
          precondition(options.count >= 2)
        }
      },
      Benchmark(name: "check-2k", unit: "check one 2 KB draft (latency)") {
        let draft = ToneSamples.drafts(count: 1, size: 2_048)[0]
        return { _ = ToneChecker.check(draft) }
      },
      Benchmark(name: "check-throughput", unit: "check 4 MB of 2 KB drafts (see MB/s below)") {
        let drafts = ToneSamples.drafts(count: 2_000, size: 2_048)
        return { for draft in drafts { _ = ToneChecker.check(draft) } }
      },
      Benchmark(name: "model-load", unit: "decode the tone models (what check loads at start-up)") {
        { precondition(BuiltInModels.decode(family: "tone").flatMap(ToneModel.init) != nil) }
      },
      Benchmark(
        name: "reply-model-load", unit: "decode the reply model (what reply loads at start-up)"
      ) {
        { precondition(BuiltInModels.decode(family: "reply").flatMap(ReplyModel.init) != nil) }
      },
      Benchmark(name: "reply-read", unit: "read one client reply of 600 bytes") {
        let reply = String(
          repeating: "Sorry for the delay, we had a rough month. I can pay £450 on Friday. ",
          count: 9)
        let today = Day(year: 2026, month: 12, day: 1) ?? .unixEpoch
        return {
          _ = ReplyClassifier.classify(reply, today: today, currency: .gbp, dateOrder: .dayFirst)
        }
      },
      Benchmark(
        name: "mail-import-5k", unit: "read and place 5,000 messages among 50 cases (no writing)"
      ) {
        let planner = MailImportPlanner(
          cases: try MailSamples.cases(50), ownAddresses: ["sam@bakerdesign.example"],
          timeZoneID: "Europe/London", today: Day(year: 2026, month: 12, day: 4) ?? .unixEpoch)
        let items = MailSamples.items(5_000, clients: 50)
        return { precondition(planner.plan(items).recordCount > 0) }
      },
      Benchmark(name: "sha256-64k", unit: "hash 64 KiB") {
        let bytes = [UInt8](repeating: 0x61, count: 65_536)
        return { _ = SHA256.hash(bytes) }
      },
      Benchmark(name: "journal-open-1k", unit: "open, parse and fold a 1,000-entry case") {
        let workspace = try scratchWorkspace()
        let url = try fill(workspace, entries: 1_000)
        return {
          let journal = try Journal.open(url, lock: workspace.lock)
          _ = try CaseState(
            events: journal.records.map {
              RecordedEvent(seq: $0.seq, recordedAt: $0.timestamp, event: $0.event)
            })
        }
      },
      Benchmark(name: "journal-verify-1k", unit: "verify a 1,000-entry chain") {
        let workspace = try scratchWorkspace()
        let url = try fill(workspace, entries: 1_000)
        return { _ = try Journal.verify(url) }
      },
      Benchmark(name: "journal-append", unit: "append one entry (locked, fsynced, sealed)") {
        let workspace = try scratchWorkspace()
        let url = try fill(workspace, entries: 1)
        var journal = try Journal.open(url, lock: workspace.lock)
        let note = CaseEvent.note(.init(text: "called, left a message"))
        return { try journal.append(note, at: stamp) }
      },
      Benchmark(
        name: "journal-append-100k",
        unit:
          "open a 100,000-entry case at its head and append one note (what a one-shot note does)"
      ) {
        let workspace = try scratchWorkspace()
        try WorkspaceFixtures.makeCase(in: workspace, client: "Acme Ltd", entries: 100_000)
        let url = workspace.journalURL(forCase: "acme-ltd")
        let note = CaseEvent.note(.init(text: "called, left a message"))
        return {
          guard var journal = Journal.openAtHead(url, lock: workspace.lock) else {
            throw BenchmarkFailure(message: "the case could not be opened at its head")
          }
          try journal.append(note, at: stamp)
        }
      },
      Benchmark(name: "raw-write-fsync", unit: "write one 120-byte line and fsync (the floor)") {
        let path = try scratchWorkspace().root.appendingPathComponent("raw").path
        let line = [UInt8](repeating: 0x61, count: 119) + [0x0A]
        guard let file = fopen(path, "a") else {
          throw BenchmarkFailure(message: "cannot open \(path)")
        }
        let fd = fileno(file)
        return {
          _ = line.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
          guard fsync(fd) == 0 else { throw BenchmarkFailure(message: "fsync failed") }
        }
      },
    ]
  }

  static let stamp = Timestamp(secondsSince1970: 1_795_000_000, timeZoneID: "Europe/London")

  static func scratchWorkspace() throws -> Workspace {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("parley-bench-\(UUID().uuidString)")
    return try Workspace(root: root)
  }

  /// A case with `entries` events: the opening, an invoice, then notes and payments.
  static func fill(_ workspace: Workspace, entries: Int) throws -> URL {
    let opened = CaseEvent.CaseOpened(
      client: "Acme Ltd", contact: nil, debtorKind: .business, jurisdiction: "gb-ewl",
      currency: "GBP")
    var journal = try workspace.createCase(opened, at: stamp)
    let due = Day(year: 2026, month: 10, day: 1) ?? .unixEpoch
    if entries > 1 {
      try journal.append(
        .invoiceAdded(
          .init(
            number: "INV-1", amount: Money(minorUnits: 100_000_000, currency: .gbp), issued: due,
            due: due)), at: stamp)
    }
    for index in 2..<max(2, entries) {
      let event: CaseEvent =
        index.isMultiple(of: 2)
        ? .note(.init(text: "note \(index)"))
        : .paymentReceived(.init(amount: Money(minorUnits: 1_000, currency: .gbp), on: due))
      try journal.append(event, at: stamp)
    }
    return journal.url
  }
}
