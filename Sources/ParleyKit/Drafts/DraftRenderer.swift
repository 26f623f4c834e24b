/// Writes calm drafts from a case's facts: reminders, confirmations, replies,
/// a mediation proposal and the letter before claim.
///
/// Pure: the same facts always give the same draft. Every draft states facts
/// (names, invoice numbers, amounts, dates, what was agreed), gives at least
/// ``minimumResponseDays`` to reply, and offers mediation before any mention
/// of court.
public enum DraftRenderer {
  /// The shortest reply window a draft gives: anything shorter reads as an ultimatum.
  public static let minimumResponseDays = 7
  /// The longest reply window a draft accepts.
  public static let maximumResponseDays = 365

  /// Renders `kind` from `facts` as `variant`.
  ///
  /// - Throws: ``DraftError`` saying which fact is missing or unusable: nothing
  ///   owed, no agreed plan, a missing or invalid extra, a deadline too short.
  public static func render(
    _ kind: DraftKind, facts: DraftFacts, variant: DraftVariant
  ) throws(DraftError) -> Draft {
    let writer = try DraftWriter(facts: facts)
    let content = try writer.content(for: kind)
    let body: String
    switch variant {
    case .email: body = writer.email(content)
    case .shortMessage: body = writer.shortMessage(content)
    }
    var notes = content.notes + writer.senderNotes(content)
    // A later note repeating an earlier one says nothing new.
    notes = notes.enumerated().filter { !notes[..<$0.offset].contains($0.element) }.map(\.element)
    return Draft(
      kind: kind, variant: variant, subject: variant == .email ? content.subject : nil,
      body: body, replyBy: content.replyBy, notes: notes,
      attachments: variant == .email ? content.attachments : [],
      recipientEmail: facts.contactEmail, sender: facts.sender)
  }
}
