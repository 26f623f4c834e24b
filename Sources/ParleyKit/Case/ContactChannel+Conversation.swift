extension ContactChannel {
  /// Whether the contact is a conversation (a call or a meeting): both sides
  /// took part, so recording one is never a chase.
  public var isConversation: Bool { self == .phone || self == .meeting }
}
