import ParleyKit

/// One profile in `jurisdictions --json`.
struct ProfileSummaryJSON: Encodable {
  let jurisdiction: String
  let name: String
  let currency: String
  let userOverridden: Bool
  let reviewedOn: Day
}
