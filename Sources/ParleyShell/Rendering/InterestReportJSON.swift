import ParleyKit

/// `interest --json`.
struct InterestReportJSON: Encodable {
  let jurisdiction: String
  let today: Day
  let invoices: [InterestResultJSON]
  let disclaimer: String
}
