import ParleyKit

/// `jurisdiction show ID --json`.
struct ProfileDetailJSON: Encodable {
  let jurisdiction: String
  let name: String
  let currency: String
  let userOverridden: Bool
  let reviewedOn: Day
  let disclaimer: String
  let facts: [FactJSON]

  init(profile: JurisdictionProfile, userOverridden: Bool, today: Day) {
    jurisdiction = profile.id
    name = profile.name
    currency = profile.currency
    self.userOverridden = userOverridden
    reviewedOn = profile.reviewedOn
    disclaimer = profile.disclaimer
    facts = profile.facts.map { FactJSON($0, today: today) }
  }
}
