import ParleyKit

extension EvidenceRecord {
  /// `2026-12-04 (Friday 4 December 2026), entry 9: paid in full`.
  func closedWords(_ closure: CaseClosure) -> String {
    "\(closure.on.isoAndWords), entry \(closure.seq)" + (closure.reason.map { ": \($0)" } ?? "")
  }
}
