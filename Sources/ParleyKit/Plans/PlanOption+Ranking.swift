extension PlanOption {
  /// Beyond their capacity, hard concerns, soft concerns, finish,
  /// installments, kind: lower ranks first.
  var rankKey: RankKey {
    let concerns = self.concerns
    let hard = concerns.count(where: \.isHard)
    return RankKey(
      beyondTheirCapacity: exceedsTheirCapacity == true ? 1 : 0, hardConcerns: hard,
      softConcerns: concerns.count - hard, finish: finish.daysSince1970,
      installments: installmentCount, kind: kind.tieOrder)
  }

  /// The order options are ranked in, compared field by field.
  ///
  /// What the client said they can pay comes first: a plan they cannot
  /// afford is not the best one, however soon it pays the user. When their
  /// capacity is unknown, ``beyondTheirCapacity`` is 0 for every option and
  /// the concerns lead.
  struct RankKey: Comparable {
    /// 1 when the option asks more than their stated capacity, else 0.
    let beyondTheirCapacity: Int
    let hardConcerns: Int
    let softConcerns: Int
    let finish: Int
    let installments: Int
    let kind: Int

    static func < (lhs: RankKey, rhs: RankKey) -> Bool {
      (
        lhs.beyondTheirCapacity, lhs.hardConcerns, lhs.softConcerns, lhs.finish, lhs.installments,
        lhs.kind
      )
        < (
          rhs.beyondTheirCapacity, rhs.hardConcerns, rhs.softConcerns, rhs.finish,
          rhs.installments, rhs.kind
        )
    }
  }
}
