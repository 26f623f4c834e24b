/// A case's id and the client it is about, as listed and matched by the workspace.
public struct CaseSummary: Hashable, Sendable {
  /// The case id, also the journal's file name without `.jsonl` (`acme-ltd`).
  public var id: String
  /// The client's name from the case's first event, if it could be read.
  public var client: String?

  /// Creates a summary.
  public init(id: String, client: String?) {
    self.id = id
    self.client = client
  }

  /// `acme-ltd (Acme Ltd)`, or just the id when the client is unknown.
  public var label: String {
    client.map { "\(id) (\($0))" } ?? id
  }
}
