import ParleyKit

extension LateCharges {
  /// `£70.00, charged` or `£70.00, waived if the plan is kept`.
  var evidenceWords: String {
    switch treatment {
    case .charged: "\(amount.formatted), charged"
    case .waivedIfKept: "\(amount.formatted), waived if the plan is kept"
    }
  }
}
