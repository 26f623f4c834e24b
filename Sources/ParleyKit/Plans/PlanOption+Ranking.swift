extension PlanOption {
  /// Hard concerns, soft concerns, finish, installments, kind: lower ranks first.
  var rankKey: RankKey {
    let concerns = self.concerns
    let hard = concerns.count(where: \.isHard)
    return RankKey(
      hardConcerns: hard, softConcerns: concerns.count - hard,
      finish: finish.daysSince1970, installments: installmentCount, kind: kind.tieOrder)
  }

  /// The order options are ranked in, compared field by field.
  struct RankKey: Comparable {
    let hardConcerns: Int
    let softConcerns: Int
    let finish: Int
    let installments: Int
    let kind: Int

    static func < (lhs: RankKey, rhs: RankKey) -> Bool {
      (lhs.hardConcerns, lhs.softConcerns, lhs.finish, lhs.installments, lhs.kind)
        < (rhs.hardConcerns, rhs.softConcerns, rhs.finish, rhs.installments, rhs.kind)
    }
  }
}
