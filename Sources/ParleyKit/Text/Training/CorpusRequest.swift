/// A plain-words request from a corpus, with its intent and the details it gives.
/// Every corpus request is typed on Friday 4 December 2026.
public struct CorpusRequest: Codable, Hashable, Sendable {
  /// The corpus id (`qa-0001`).
  public let id: String
  /// The request as typed.
  public let text: String
  /// The ``RequestIntent`` raw value.
  public let intent: String
  /// The amount as typed (`£500`), or nil.
  public let amount: String?
  /// The day words as typed (`this morning`), or nil.
  public let day: String?
  /// The client's name as typed, or nil.
  public let client: String?
  /// Where the writer is from: `uk`, `us`, `au` or `other`.
  public let locale: String?

  /// A labelled request.
  public init(
    id: String, text: String, intent: String, amount: String? = nil, day: String? = nil,
    client: String? = nil, locale: String? = nil
  ) {
    self.id = id
    self.text = text
    self.intent = intent
    self.amount = amount
    self.day = day
    self.client = client
    self.locale = locale
  }
}
