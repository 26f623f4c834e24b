import ParleyKit

/// A proposed option in `plan --json`: the option as recorded, with each of
/// its concerns in the words its mark says.
struct PlanOptionJSON: Encodable {
  /// One way the option falls short: `exceeds_their_capacity` and why.
  struct Concern: Encodable {
    let concern: String
    let why: String
  }

  let kind: PlanOptionKind
  let schedule: InstallmentSchedule
  let lateCharges: LateCharges?
  let myNeed: NeedCheck?
  let theirCapacity: CapacityCheck?
  let myWait: WaitCheck?
  /// Empty when the option fits everything known about both sides.
  let concerns: [Concern]

  init(_ option: PlanOption) {
    kind = option.kind
    schedule = option.schedule
    lateCharges = option.lateCharges
    myNeed = option.myNeed
    theirCapacity = option.theirCapacity
    myWait = option.myWait
    concerns = option.concerns.map {
      Concern(concern: $0.rawValue.snakeCased, why: $0.words(for: option))
    }
  }
}
