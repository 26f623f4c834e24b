/// A contact with the client as it stands in the case.
public struct LoggedContact: Hashable, Sendable {
  /// The journal entry that recorded it.
  public let seq: Int
  /// When it was recorded.
  public let recordedAt: Timestamp
  /// The contact.
  public let contact: CaseEvent.ContactLogged
}
