import ParleyStore

/// One anchor's check in `verify --against … --json`.
struct AnchorCheckJSON: Encodable {
  let anchor: String
  let caseID: String
  let extendsAnchor: Bool
  let lineCount: Int?
  let problem: String?
  /// The case's id now, when it was renamed since the anchor was taken.
  var renamedTo: String?

  init(anchor: JournalAnchor, check: JournalAnchor.Check, renamedTo: String? = nil) {
    self.anchor = anchor.description
    caseID = anchor.caseID
    self.renamedTo = renamedTo
    extendsAnchor = check.holds
    switch check {
    case .extends(let count):
      lineCount = count
      problem = nil
    case .caseMissing:
      lineCount = nil
      problem = "the case's journal is missing"
    case .lineMissing(let count):
      lineCount = count
      problem = "the journal ends before the anchored line"
    case .lineChanged:
      lineCount = nil
      problem = "the anchored line was changed: the journal was rewritten"
    case .broken(let result):
      lineCount = nil
      problem = "\(result)"
    }
  }
}
