import ParleyKit

extension Guidance {
  /// The words as the user reads them, each step named by its quoted command:
  /// `Offer mediation first ('draft mediation-proposal').`
  var display: String { text { $0.quoted } }
}
