extension CaseState {
  /// Steps up the ladder recorded with `escalate`, not voided, by day then entry.
  public var escalations: [Recorded<CaseEvent.EscalationRecorded>] {
    records { if case .escalationRecorded(let value) = $0 { value } else { nil } }
      .sorted { ($0.value.on, $0.seq) < ($1.value.on, $1.seq) }
  }

  /// Times the user went past the guard's warnings, with their reasons.
  public var guardOverrides: [Recorded<CaseEvent.GuardOverridden>] {
    records { if case .guardOverridden(let value) = $0 { value } else { nil } }
  }

  /// Disputes raised and not voided (a resolved dispute is voided).
  public var disputes: [Recorded<CaseEvent.DisputeNoted>] {
    records { if case .disputeNoted(let value) = $0 { value } else { nil } }
  }

  /// Promises to pay, not voided, in journal order.
  public var promises: [Recorded<CaseEvent.PromiseNoted>] {
    records { if case .promiseNoted(let value) = $0 { value } else { nil } }
  }

  /// The first time `step` was recorded, if it was.
  public func firstEscalation(_ step: EscalationStep) -> Recorded<CaseEvent.EscalationRecorded>? {
    escalations.first { $0.value.step == step }
  }

  /// The latest time `step` was recorded, if it was.
  public func lastEscalation(_ step: EscalationStep) -> Recorded<CaseEvent.EscalationRecorded>? {
    escalations.last { $0.value.step == step }
  }

  /// The entries not voided whose event, as corrected, `extract` picks out,
  /// in journal order.
  private func records<Value>(_ extract: (CaseEvent) -> Value?) -> [Recorded<Value>] {
    let voidedSeqs = Set(voided.map(\.target.seq))
    return entries.compactMap { entry in
      guard !voidedSeqs.contains(entry.seq), let value = extract(reading(of: entry)) else {
        return nil
      }
      return Recorded(seq: entry.seq, recordedAt: entry.recordedAt, value: value)
    }
  }
}
