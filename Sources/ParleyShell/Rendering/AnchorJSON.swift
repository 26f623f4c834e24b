import ParleyStore

/// One anchor in `verify --anchor --json`.
struct AnchorJSON: Encodable {
  let caseID: String
  let line: Int
  let hash: String
  let anchor: String

  init(_ anchor: JournalAnchor) {
    caseID = anchor.caseID
    line = anchor.seq
    hash = anchor.hashPrefix
    self.anchor = anchor.description
  }
}
