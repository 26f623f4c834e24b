/// A client's reply from a corpus, with its kind and, for a promise, the amount
/// and day promised. Every corpus reply is read on Tuesday 1 December 2026
/// unless the corpus says otherwise.
public struct CorpusReply: Codable, Hashable, Sendable {
  /// The corpus id (`ra-0001`).
  public let id: String
  /// The reply as pasted, with any quoted message and signature.
  public let text: String
  /// The ``ReplyKind`` raw value.
  public let kind: String
  /// For a promise: the amount as `1200.00 GBP`, or nil.
  public let amount: String?
  /// For a promise: the ISO day, or nil.
  public let date: String?
  /// Where the client writes from: `uk`, `us`, `au` or `euro`.
  public let locale: String?
  /// The ISO day the reply is read on, when not 2026-12-01.
  public let today: String?

  /// A labelled reply.
  public init(
    id: String, text: String, kind: String, amount: String? = nil, date: String? = nil,
    locale: String? = nil, today: String? = nil
  ) {
    self.id = id
    self.text = text
    self.kind = kind
    self.amount = amount
    self.date = date
    self.locale = locale
    self.today = today
  }
}
