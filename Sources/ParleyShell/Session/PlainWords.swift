import ParleyKit

/// Plain words typed at the prompt turned into the command they ask for,
/// with the amount and the day filled in from the text.
///
/// Nothing runs from here: the shell shows the command and runs it only once
/// the user says yes (``ShellContext/answerPlainWords(_:arguments:)``).
struct PlainWords {
  /// The words of the command to run (`["paid", "£500.00", "--on", "2026-12-04"]`).
  let words: [String]
  /// What was read, with the model's confidence.
  let reading: RequestReading

  /// The command for `reading`, about case `caseID` when the words named
  /// one other than the open case.
  init(_ reading: RequestReading, caseID: String? = nil) {
    self.reading = reading
    let words = Self.words(for: reading.intent, reading)
    self.words = words + (caseID.map { words.first == "new" ? [] : ["--case", $0] } ?? [])
  }

  /// The command's words for `intent`.
  static func words(for intent: RequestIntent, _ reading: RequestReading) -> [String] {
    let amount = reading.amount?.formatted
    let day = reading.day?.iso
    switch intent {
    case .paid:
      return ["paid"] + (amount.map { [$0] } ?? []) + (day.map { ["--on", $0] } ?? [])
    case .promise:
      return ["promise"] + (day.map { ["--by", $0] } ?? [])
        + (amount.map { ["--amount", $0] } ?? [])
    case .log:
      return ["log"] + (channel(in: reading.text).map { ["--channel", $0] } ?? [])
        + (day.map { ["--on", $0] } ?? [])
    case .draft:
      return draftKind(in: reading.text).map { ["draft", $0.id] } ?? ["next"]
    case .cashflow: return ["cashflow"]
    case .plan: return ["plan"]
    case .dispute: return ["dispute"]
    case .reply: return ["reply"]
    case .check: return ["check"]
    case .interest: return ["interest"]
    case .show: return ["show"]
    case .new:
      let named = NewCaseWords(reading.text)
      return ["new"] + (named.client.map { ["--client", $0] } ?? [])
        + (named.invoice.map { ["--invoice", $0] } ?? [])
        + (amount.map { ["--amount", $0] } ?? [])
        + (named.namesDueDay ? day.map { ["--due", $0] } ?? [] : [])
    case .note: return ["note"]
    case .export: return ["export"]
    case .prep: return ["prep"]
    case .call: return ["call"]
    case .walk: return ["walk"]
    // Escalating starts from the ladder's next step, which says what is
    // reasonable now and why (and the guard warns before any step is taken).
    case .court, .next: return ["next"]
    }
  }

  /// The draft a request names by its words, if any.
  static func draftKind(in text: String) -> DraftKind? {
    let lower = text.lowercased()
    let table: [(words: [String], kind: DraftKind)] = [
      (["letter before", "final demand", "letter of demand", "lbc"], .letterBeforeClaim),
      (["mediat"], .mediationProposal),
      (["missed", "instal"], .missedInstallment),
      (["confirm"], .callConfirmation),
      (["dispute", "query", "querying"], .disputeReply),
      (["can't pay", "cant pay", "cannot pay"], .cantPayReply),
      (["plan", "payment schedule"], .planProposal),
      (["final"], .finalReminder),
      (["firm", "second", "stronger"], .firmReminder),
      (
        ["reminder", "remind", "nudge", "chase", "chaser", "follow up", "follow-up"],
        .friendlyReminder
      ),
    ]
    return table.first { entry in entry.words.contains { lower.contains($0) } }?.kind
  }

  /// The channel a request names (`emailed` → email), if any.
  static func channel(in text: String) -> String? {
    let lower = text.lowercased()
    let table: [(words: [String], channel: ContactChannel)] = [
      (["email", "e-mail", "mail"], .email),
      (["phone", "call", "rang", "spoke", "talked"], .phone),
      (["letter", "posted"], .letter),
      (["meet", "met "], .meeting),
      (["text", "whatsapp", "message", "sms"], .message),
    ]
    return table.first { entry in entry.words.contains { lower.contains($0) } }?.channel.rawValue
  }

  /// The command line as the user would type it.
  var commandLine: String {
    words.map { $0.contains(" ") ? "\"\($0)\"" : $0 }.joined(separator: " ")
  }

  /// `72%`.
  var confidence: String { "\(Int((reading.confidence * 100).rounded()))%" }
}
