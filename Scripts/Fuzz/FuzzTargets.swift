// The fuzz targets: one binary, the target chosen by PARLEY_FUZZ_TARGET.
// Built by Scripts/fuzz with `swiftc -sanitize=fuzzer,address` from the
// library sources directly (a SwiftPM executable does not link libFuzzer on
// Linux). Each target checks invariants, not just crashes: a broken one traps,
// and libFuzzer saves the input.

import Foundation
@testable import ParleyArguments
@testable import ParleyKit
@testable import ParleyStore

/// The target to run, named in the environment.
nonisolated(unsafe) var fuzzTarget: (@Sendable (UnsafeBufferPointer<UInt8>) -> Void)?

let today = Day(year: 2026, month: 12, day: 1) ?? .unixEpoch

func require(_ condition: Bool, _ message: @autoclosure () -> String) {
  if !condition { fatalError("invariant broken: \(message())") }
}

/// The fuzz targets by name.
let targets: [String: @Sendable (UnsafeBufferPointer<UInt8>) -> Void] = [
  // A parsed amount re-parses to itself, written both ways.
  "money": { bytes in
    let text = String(decoding: bytes, as: UTF8.self)
    guard let money = try? MoneyParser.parse(text, defaultCurrency: .gbp) else { return }
    for written in [money.formattedWithCode, money.formatted] {
      let again = try? MoneyParser.parse(written, defaultCurrency: money.currency)
      require(again == money, "'\(text)' → \(money) → '\(written)' → \(String(describing: again))")
    }
  },
  // A parsed day re-parses to itself from its ISO form.
  "date": { bytes in
    let text = String(decoding: bytes, as: UTF8.self)
    for order in [DateOrder.dayFirst, .monthFirst] {
      guard let parsed = try? DayParser.parse(text, today: today, order: order) else { continue }
      let again = try? DayParser.parse(parsed.day.iso, today: today, order: order)
      require(again?.day == parsed.day, "'\(text)' → \(parsed.day.iso)")
    }
  },
  // The argument tokenizer never traps.
  "arguments": { bytes in
    let text = String(decoding: bytes, as: UTF8.self)
    _ = try? ArgumentTokenizer.words(of: text)
  },
  // Every span stays inside the text and says what is there; the rewrite passes.
  "check": { bytes in
    let text = String(decoding: bytes, as: UTF8.self)
    let report = ToneChecker.check(text)
    let utf8 = Array(text.utf8)
    for finding in report.findings {
      let offsets = finding.span.utf8Offsets
      require(offsets.lowerBound >= 0 && offsets.upperBound <= utf8.count, "span \(offsets)")
      require(
        String(decoding: utf8[offsets], as: UTF8.self) == finding.span.text, "span text")
    }
    let rewrite = CalmRewrite.rewrite(text, report: report)
    require(rewrite.passes, "the rewrite does not pass: \(rewrite.text)")
  },
  // Reading a reply never traps, and what it quotes is in the reply.
  "reply": { bytes in
    let text = String(decoding: bytes, as: UTF8.self)
    let analysis = ReplyClassifier.classify(
      text, today: today, currency: .gbp, dateOrder: .dayFirst)
    if let written = analysis.promise?.amountText {
      require(text.contains(written) || written.isEmpty, "amount text '\(written)'")
    }
  },
  // A journal of any bytes verifies or names a line inside it.
  "journal": { bytes in
    let array = Array(bytes)
    _ = JournalLine.decode(array)
    if case .broken(let line, _) = Journal.verify(bytes: array) {
      let lines = array.split(separator: 0x0A, omittingEmptySubsequences: false).count
      require(line >= 1 && line <= lines + 1, "line \(line) of \(lines)")
    }
  },
  // A profile decodes or is refused with a message; never traps.
  "profile": { bytes in
    _ = try? JurisdictionProfile.decode(Data(bytes), file: "fuzz.json")
  },
  // A message is read or refused with a message in words; never traps.
  "mail": { bytes in
    do {
      let message = try MailMessage.parse(Array(bytes))
      require(message.attachmentNames.allSatisfy { !$0.isEmpty }, "an empty attachment name")
    } catch {
      require((error as? MailError)?.message.isEmpty == false, "a refusal without words")
    }
  },
  // A mailbox splits into messages numbered 1, 2, 3… that hold no more than it.
  "mailbox": { bytes in
    let mbox = Array(bytes)
    let messages = Mailbox.messages(in: mbox)
    require(
      messages.enumerated().allSatisfy { $0.element.number == $0.offset + 1 }, "numbered in order")
    require(messages.reduce(0) { $0 + $1.bytes.count } <= mbox.count, "more bytes than the mailbox")
    // Read in two pieces, cut where the first byte says, it is the same mailbox.
    let cut = mbox.isEmpty ? 0 : Int(mbox[0]) % (mbox.count + 1)
    var reader = MailboxReader()
    let pieced = reader.read(mbox[..<cut]) + reader.read(mbox[cut...]) + reader.finish()
    require(pieced == messages, "pieces read as another mailbox")
  },
  // Every message of a mailbox gets one decision, and each contact recorded
  // is dated no later than tomorrow.
  "mail-import": { bytes in
    let items = Mailbox.messages(in: Array(bytes)).map {
      MailImportItem(number: $0.number, source: "fuzz.mbox, message \($0.number)", bytes: $0.bytes)
    }
    let plan = importPlanner.plan(items)
    require(plan.decisions.map(\.number).sorted() == items.map(\.number), "a message lost or doubled")
    for decision in plan.decisions {
      guard case .record(_, _, let contact) = decision.outcome else { continue }
      require(contact.on <= today.adding(days: 1), "a contact dated \(contact.on)")
    }
  },
]

/// Two clients, for the mail-import target: one known by address, one by invoice.
let importPlanner: MailImportPlanner = {
  let cases = [("acme", "kim@acme.example", "INV-042"), ("bolt", "", "2001")].map {
    id, contact, invoice in
    let events: [CaseEvent] = [
      .caseOpened(
        .init(
          client: id, contact: contact, debtorKind: .business, jurisdiction: "gb-ewl",
          currency: "GBP")),
      .invoiceAdded(
        .init(
          number: invoice, amount: Money(minorUnits: 10_000, currency: .gbp), issued: today,
          due: today)),
    ]
    let recorded = events.enumerated().map {
      RecordedEvent(
        seq: $0 + 1, recordedAt: Timestamp(secondsSince1970: 0, timeZoneID: "UTC"), event: $1)
    }
    guard let state = try? CaseState(events: recorded) else { fatalError("the fixture case") }
    return (id: id, state: state)
  }
  return MailImportPlanner(
    cases: cases, ownAddresses: ["sam@bakerdesign.example"], timeZoneID: "UTC", today: today)
}()

@_cdecl("LLVMFuzzerInitialize")
public func initialize(
  _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
) -> CInt {
  let name = ProcessInfo.processInfo.environment["PARLEY_FUZZ_TARGET"] ?? ""
  guard let target = targets[name] else {
    let names = targets.keys.sorted().joined(separator: ", ")
    FileHandle.standardError.write(Data("set PARLEY_FUZZ_TARGET to one of: \(names)\n".utf8))
    exit(2)
  }
  fuzzTarget = target
  return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  fuzzTarget?(UnsafeBufferPointer(start: data, count: size))
  return 0
}
