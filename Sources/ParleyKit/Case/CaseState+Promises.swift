extension CaseState {
  /// The latest promise to pay whose day has passed without the promised
  /// amount arriving (any payment, for a promise with no amount); nil when
  /// every promise was kept or is still to come.
  public func brokenPromise(today: Day) -> CaseEvent.PromiseNoted? {
    for promise in promises.reversed().map(\.value) where promise.by < today {
      let paid = payments.filter { $0.on >= promise.on && $0.on <= promise.by }
        .map(\.amount.minorUnits).saturatingSum
      let expected = promise.amount?.minorUnits ?? 1
      return paid >= expected ? nil : promise
    }
    return nil
  }

  /// The earliest promise to pay whose day is still to come (today
  /// included), not yet kept; nil when there is none.
  public func pendingPromise(today: Day) -> CaseEvent.PromiseNoted? {
    promises.map(\.value).filter { $0.by >= today }.sorted { $0.by < $1.by }.first { promise in
      let paid = payments.filter { $0.on >= promise.on }.map(\.amount.minorUnits).saturatingSum
      return paid < (promise.amount?.minorUnits ?? 1)
    }
  }
}
